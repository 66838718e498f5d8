using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;

namespace PlanReports.Docx.Tests;

/// <summary>
/// A paragraph's properties written by <see cref="ParagraphPropertiesElement"/> are byte for byte what the Open XML
/// SDK writes for the same style, keep flags, page break, list place, spacing, indent and alignment.
/// </summary>
public sealed class ParagraphPropertiesElementTests
{
    [Fact]
    public void Empty_properties_match_the_sdk() =>
        AssertSame(new ParagraphProperties(), new ParagraphPropertiesElement());

    [Fact]
    public void Every_property_together_matches_the_sdk()
    {
        var sdk = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = "ListParagraph" },
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            PageBreakBefore = new PageBreakBefore(),
            NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 7 }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = "567" },
            Justification = new Justification { Val = JustificationValues.Center },
        };
        AssertSame(sdk, new ParagraphPropertiesElement
        {
            StyleId = "ListParagraph",
            KeepNext = true,
            KeepLines = true,
            PageBreakBefore = true,
            Numbering = new ListPlace(1, 7),
            Spacing = new ParagraphSpacing("0", "0", "20", "exact"),
            IndentLeft = "567",
            Justification = "center",
        });
    }

    [Fact]
    public void Each_property_on_its_own_matches_the_sdk()
    {
        AssertSame(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Heading2" } }, new ParagraphPropertiesElement { StyleId = "Heading2" });
        AssertSame(new ParagraphProperties { KeepNext = new KeepNext() }, new ParagraphPropertiesElement { KeepNext = true });
        AssertSame(new ParagraphProperties { KeepLines = new KeepLines() }, new ParagraphPropertiesElement { KeepLines = true });
        AssertSame(new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Right } }, new ParagraphPropertiesElement { Justification = "right" });
        AssertSame(new ParagraphProperties { Indentation = new Indentation { Left = "240" } }, new ParagraphPropertiesElement { IndentLeft = "240" });
        AssertSame(
            new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "1008" } },
            new ParagraphPropertiesElement { Spacing = new ParagraphSpacing("1008", null) });
        AssertSame(
            new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" } },
            new ParagraphPropertiesElement { Spacing = new ParagraphSpacing("0", "0") });
    }

    [Fact]
    public void Properties_set_after_the_paragraph_is_built_are_written_in_schema_order()
    {
        // As a list and the keep rules change a paragraph after its renderer made it: alignment first, then a list
        // place, then keep flags; the SDK puts each in its schema position, and so must the element.
        var sdk = new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } };
        sdk.ParagraphStyleId ??= new ParagraphStyleId { Val = "ListParagraph" };
        sdk.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 });
        sdk.KeepLines ??= new KeepLines();
        sdk.KeepNext ??= new KeepNext();

        var own = new ParagraphPropertiesElement { Justification = "center" };
        own.StyleId ??= "ListParagraph";
        own.Numbering = new ListPlace(0, 3);
        own.KeepLines = true;
        own.KeepNext = true;
        var expected = Saved(sdk);
        Assert.Equal(expected, Saved(own));
        Assert.Equal(expected, Saved(own.CloneNode(true)));
    }

    [Fact]
    public void A_paragraph_gets_its_properties_once_as_its_first_child()
    {
        var bare = new ParagraphElement();
        bare.AppendChild(new TextRunElement("text"));
        var created = Paragraphs.Properties(bare);
        Assert.Same(created, bare.FirstChild);
        Assert.Same(created, Paragraphs.Properties(bare));
        Assert.Equal(2, bare.ChildElements.Count);
    }

    private static void AssertSame(ParagraphProperties expected, ParagraphPropertiesElement actual) =>
        Assert.Equal(Saved(expected), Saved(actual));

    private static string Saved(OpenXmlElement properties)
    {
        var document = new Document(new Body(new Paragraph(properties, new Run(new Text("x")))));
        using var stream = new MemoryStream();
        document.Save(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
