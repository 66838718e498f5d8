using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Rendering;

namespace PlanReports.Docx.Styles;

/// <summary>
/// The two table styles: a bordered data table whose first row is a shaded, bold, repeating header, and a
/// borderless layout table for key-value lists and figures.
/// </summary>
internal static class TableStyles
{
    public static Style Grid(DocumentTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var colour = theme.Border.ToHex();
        var size = Units.BorderEighths(theme.BorderWidth);
        var style = new Style(
            new StyleName { Val = "PlanReports Table" },
            new BasedOn { Val = StyleIds.TableNormal },
            new UIPriority { Val = 59 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }),
            new StyleRunProperties(new FontSize { Val = Units.HalfPoints(theme.TableSize) }, new FontSizeComplexScript { Val = Units.HalfPoints(theme.TableSize) }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = colour },
                    new LeftBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = colour },
                    new BottomBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = colour },
                    new RightBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = colour },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = colour },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = size, Space = 0, Color = colour }),
                CellMargins(theme)),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new Color { Val = theme.TableHeaderText.ToHex() }),
                new TableStyleConditionalFormattingTableRowProperties(new TableHeader()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = theme.TableHeaderFill.ToHex() }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = StyleIds.Table };
        return style;
    }

    public static Style Layout() =>
        new(
            new StyleName { Val = "Layout Table" },
            new BasedOn { Val = StyleIds.TableNormal },
            new UIPriority { Val = 99 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new LeftBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new BottomBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new RightBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" })))
        { Type = StyleValues.Table, StyleId = StyleIds.LayoutTable };

    /// <summary>Cell padding from the theme, as table-level default cell margins.</summary>
    public static TableCellMarginDefault CellMargins(DocumentTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var padding = Units.Twips(theme.CellPadding);
        return new TableCellMarginDefault(
            new TopMargin { Width = padding.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = (short)padding, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = padding.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = (short)padding, Type = TableWidthValues.Dxa });
    }
}
