using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Rendering;

/// <summary>Builds table cells, grids and widths for every renderer that writes a table.</summary>
internal static class TableCells
{
    /// <summary>
    /// Column widths in twips that share <paramref name="total"/> in proportion to the relative widths and add up to
    /// it exactly (the rounding remainder goes to the last column).
    /// </summary>
    public static int[] Widths(IReadOnlyList<double> relative, int total)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (relative.Count == 0)
        {
            return [];
        }

        // A column without a usable width (zero, negative, NaN) takes the average of the others, so it stays visible.
        var valid = relative.Where(w => double.IsFinite(w) && w > 0).ToList();
        var fallback = valid.Count > 0 ? valid.Average() : 1.0;
        var shares = relative.Select(w => double.IsFinite(w) && w > 0 ? w : fallback).ToArray();
        var sum = shares.Sum();

        var widths = shares.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    /// <summary>
    /// Column widths in twips from the shared computation: each column its relative share but at least its
    /// <paramref name="minimum"/> (twips), adding up to <paramref name="total"/> exactly.
    /// </summary>
    public static int[] Widths(IReadOnlyList<double> relative, IReadOnlyList<double> minimum, int total)
    {
        var exact = Documents.Rendering.Tables.ColumnWidths.Compute(relative, minimum, total);
        if (exact.Length == 0)
        {
            return [];
        }

        var widths = exact.Select(w => (int)Math.Floor(w)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    public static TableGrid Grid(IEnumerable<int> widths) =>
        new(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));

    /// <summary>
    /// A cell of the given width and span with its content; a cell must end with a paragraph, so one is added when the
    /// content is empty or ends with a nested table.
    /// </summary>
    public static TableCellElement Create(int width, int span, Colour? shading, IEnumerable<OpenXmlElement> content, string emptyStyle, DashedBorder? rightBorder = null)
    {
        var cell = new TableCellElement(new TableCellPropertiesElement(width, span, shading?.ToHex(), rightBorder));
        cell.Append(content);
        if (cell.LastChild is not ParagraphElement)
        {
            cell.Append(new ParagraphElement(new ParagraphPropertiesElement { StyleId = emptyStyle }));
        }

        return cell;
    }

    /// <summary>Sets the alignment of every paragraph in the cell that has none of its own.</summary>
    public static void Align(IEnumerable<OpenXmlElement> content, TextAlignment alignment)
    {
        if (Paragraphs.Justification(alignment) is not { } justification)
        {
            return;
        }

        foreach (var paragraph in content.OfType<ParagraphElement>())
        {
            var properties = Paragraphs.Properties(paragraph);
            properties.Justification ??= justification;
        }
    }

    /// <summary>Table properties: style, full width in twips, fixed layout (widths as given) and the look flags.</summary>
    public static TableProperties Properties(string styleId, int width, bool firstRowIsHeader)
    {
        // tblLook bits: 0x0020 first row, 0x0200 no horizontal banding, 0x0400 no vertical banding.
        var look = 0x0600 | (firstRowIsHeader ? 0x0020 : 0);
        return new TableProperties
        {
            TableStyle = new TableStyle { Val = styleId },
            TableWidth = new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook
            {
                Val = look.ToString("X4", CultureInfo.InvariantCulture),
                FirstRow = firstRowIsHeader,
                LastRow = false,
                FirstColumn = false,
                LastColumn = false,
                NoHorizontalBand = true,
                NoVerticalBand = true,
            },
        };
    }

    /// <summary>Cell margins of a layout table: none on the left, so text lines up with the body; a gap on the right.</summary>
    public static TableCellMarginDefault LayoutMargins(DocumentTheme theme) =>
        new(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = (short)Units.Twips(theme.CellPadding * 2), Type = TableWidthValues.Dxa });
}
