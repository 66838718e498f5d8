using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;

namespace PlanReports.Docx.Tests;

/// <summary>
/// A cell's properties written by <see cref="TableCellPropertiesElement"/> are byte for byte what the Open XML SDK
/// writes for the same width, span, reference border and shading, saved in a table of a document part.
/// </summary>
public sealed class TableCellPropertiesElementTests
{
    [Theory]
    [InlineData(4535, 1, null, false)]
    [InlineData(9070, 3, null, false)]
    [InlineData(1928, 1, "E8EDEE", false)]
    [InlineData(0, 1, null, true)]
    [InlineData(2400, 2, "005EB8", true)]
    public void Cell_properties_match_the_sdk(int width, int span, string? fill, bool border)
    {
        var sdk = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        };
        if (span > 1)
        {
            sdk.GridSpan = new GridSpan { Val = span };
        }

        if (fill is not null)
        {
            sdk.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };
        }

        if (border)
        {
            sdk.TableCellBorders = new TableCellBorders(new RightBorder { Val = BorderValues.Dashed, Size = 8, Space = 0, Color = "212B32" });
        }

        var own = new TableCellPropertiesElement(width, span, fill, border ? new DashedBorder(8, "212B32") : null);
        var expected = Saved(sdk);
        Assert.Equal(expected, Saved(own));
        Assert.Equal(expected, Saved(own.CloneNode(true)));
    }

    private static string Saved(OpenXmlElement properties)
    {
        var cell = new TableCell(properties, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" })));
        var document = new Document(new Body(new Table(new TableRow(cell))));
        using var stream = new MemoryStream();
        document.Save(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
