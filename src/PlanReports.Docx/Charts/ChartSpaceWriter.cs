using System.Globalization;
using System.Text;
using System.Xml;
using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Docx.Conversion;

namespace PlanReports.Docx.Charts;

/// <summary>
/// Writes a chart part (c:chartSpace) Word draws as a native chart: each series with its name, categories and
/// values cached in the part (so the chart draws without opening the workbook) and formulas into the embedded
/// workbook; the theme's colours, each series' dash pattern and marker; the value axis on the same round-number
/// scale as the PDF and HTML; reference lines of a line chart as dashed series of their own.
/// </summary>
internal static class ChartSpaceWriter
{
    private const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const uint CategoryAxisId = 1001;
    private const uint ValueAxisId = 1002;

    public static byte[] Build(
        Chart chart, DocumentTheme theme, string language, string workbookRelationshipId, IReadOnlySet<(int Series, int Category)> labelledSegments, bool legend = true)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var x = XmlWriter.Create(stream, settings))
        {
            x.WriteStartDocument(true);
            x.WriteStartElement("c", "chartSpace", C);
            x.WriteAttributeString("xmlns", "a", null, A);
            x.WriteAttributeString("xmlns", "r", null, R);
            Val(x, "date1904", "0");
            Val(x, "lang", language);
            Val(x, "roundedCorners", "0");
            x.WriteStartElement("chart", C);
            Val(x, "autoTitleDeleted", "1");
            x.WriteStartElement("plotArea", C);
            x.WriteElementString("layout", C, string.Empty);
            var scale = ChartLayout.Scale(chart);
            if (chart.Kind == ChartKind.Line)
            {
                LineChart(x, chart, theme);
            }
            else
            {
                BarChart(x, chart, theme, labelledSegments);
            }

            CategoryAxis(x, chart, theme);
            ValueAxis(x, chart, theme, scale);
            x.WriteEndElement();
            // A grid's cells leave the legend to the grid, so every cell's plot has the same height.
            if (legend)
            {
                x.WriteStartElement("legend", C);
                Val(x, "legendPos", "t");
                Val(x, "overlay", "0");
                x.WriteEndElement();
            }

            Val(x, "plotVisOnly", "1");
            Val(x, "dispBlanksAs", "gap");
            x.WriteEndElement();
            TextProperties(x, theme, theme.SmallSize, theme.Text, bold: false);
            x.WriteStartElement("externalData", C);
            x.WriteAttributeString("r", "id", R, workbookRelationshipId);
            Val(x, "autoUpdate", "0");
            x.WriteEndElement();
            x.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void LineChart(XmlWriter x, Chart chart, DocumentTheme theme)
    {
        x.WriteStartElement("lineChart", C);
        Val(x, "grouping", "standard");
        Val(x, "varyColors", "0");
        var index = 0;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = SeriesStyle.For(chart, s, theme);
            Series(x, chart, index++, chart.Series[s].Name, chart.Series[s].Values, () =>
            {
                Line(x, style.Colour, 1.75, style.DashName);
                x.WriteStartElement("marker", C);
                Val(x, "symbol", style.Marker switch
                {
                    MarkerKind.Square => "square",
                    MarkerKind.Triangle => "triangle",
                    MarkerKind.Diamond => "diamond",
                    _ => "circle",
                });
                Val(x, "size", "5");
                ShapeProperties(x, style.Colour, null, 0, "solid");
                x.WriteEndElement();
            }, bar: false);
        }

        foreach (var line in chart.ReferenceLines)
        {
            Series(x, chart, index++, $"{line.Label}: {ChartNumbers.Value(line.Value, chart.ValueAxis)}", chart.Categories.Select(_ => (double?)line.Value).ToList(), () =>
            {
                Line(x, theme.Text, 1.25, SeriesStyle.ReferenceDashName);
                x.WriteStartElement("marker", C);
                Val(x, "symbol", "none");
                x.WriteEndElement();
            }, bar: false);
        }

        Val(x, "marker", "1");
        Val(x, "axId", CategoryAxisId.ToString(CultureInfo.InvariantCulture));
        Val(x, "axId", ValueAxisId.ToString(CultureInfo.InvariantCulture));
        x.WriteEndElement();
    }

    private static void BarChart(XmlWriter x, Chart chart, DocumentTheme theme, IReadOnlySet<(int Series, int Category)> labelledSegments)
    {
        var stacked = chart.Kind == ChartKind.StackedBar;
        x.WriteStartElement("barChart", C);
        Val(x, "barDir", "bar");
        Val(x, "grouping", stacked ? "stacked" : "clustered");
        Val(x, "varyColors", "0");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = SeriesStyle.For(chart, s, theme);
            var series = s;
            Series(x, chart, s, chart.Series[s].Name, chart.Series[s].Values, () =>
            {
                ShapeProperties(x, style.Colour, theme.Text, 0.75, style.DashName);
                Val(x, "invertIfNegative", "0");
                x.WriteStartElement("dLbls", C);

                // A stacked segment keeps its label only where the PDF and HTML show one: a zero or a sliver would
                // otherwise put "£0" or an unreadable overlap on the bar.
                for (var i = 0; stacked && i < chart.Categories.Count; i++)
                {
                    if (!labelledSegments.Contains((series, i)))
                    {
                        x.WriteStartElement("dLbl", C);
                        Val(x, "idx", i.ToString(CultureInfo.InvariantCulture));
                        Val(x, "delete", "1");
                        x.WriteEndElement();
                    }
                }

                x.WriteStartElement("numFmt", C);
                x.WriteAttributeString("formatCode", ChartFormatCode.For(chart.ValueAxis, chart.ValueAxis.Decimals));
                x.WriteAttributeString("sourceLinked", "0");
                x.WriteEndElement();
                TextProperties(x, theme, theme.SmallSize - 1, stacked ? theme.TextOn(style.Colour) : theme.Text, bold: stacked);
                Val(x, "dLblPos", stacked ? "ctr" : "outEnd");
                foreach (var (name, value) in new[] { ("showLegendKey", "0"), ("showVal", "1"), ("showCatName", "0"), ("showSerName", "0"), ("showPercent", "0"), ("showBubbleSize", "0") })
                {
                    Val(x, name, value);
                }

                x.WriteEndElement();
            }, bar: true);
        }

        Val(x, "gapWidth", "60");
        if (stacked)
        {
            Val(x, "overlap", "100");
        }

        Val(x, "axId", CategoryAxisId.ToString(CultureInfo.InvariantCulture));
        Val(x, "axId", ValueAxisId.ToString(CultureInfo.InvariantCulture));
        x.WriteEndElement();
    }

    private static void Series(XmlWriter x, Chart chart, int index, string name, IReadOnlyList<double?> values, Action style, bool bar)
    {
        var column = index + 1;
        x.WriteStartElement("ser", C);
        Val(x, "idx", index.ToString(CultureInfo.InvariantCulture));
        Val(x, "order", index.ToString(CultureInfo.InvariantCulture));
        x.WriteStartElement("tx", C);
        StringReference(x, ChartSheet.NameCell(column), [name]);
        x.WriteEndElement();
        style();
        x.WriteStartElement("cat", C);
        StringReference(x, ChartSheet.Categories(chart), chart.Categories);
        x.WriteEndElement();
        x.WriteStartElement("val", C);
        x.WriteStartElement("numRef", C);
        x.WriteElementString("f", C, ChartSheet.Values(column, chart));
        x.WriteStartElement("numCache", C);
        x.WriteElementString("formatCode", C, ChartFormatCode.For(chart.ValueAxis, chart.ValueAxis.Decimals));
        Val(x, "ptCount", values.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                x.WriteStartElement("pt", C);
                x.WriteAttributeString("idx", i.ToString(CultureInfo.InvariantCulture));
                x.WriteElementString("v", C, v.ToString("R", CultureInfo.InvariantCulture));
                x.WriteEndElement();
            }
        }

        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        if (!bar)
        {
            Val(x, "smooth", "0");
        }

        x.WriteEndElement();
    }

    private static void StringReference(XmlWriter x, string formula, IReadOnlyList<string> values)
    {
        x.WriteStartElement("strRef", C);
        x.WriteElementString("f", C, formula);
        x.WriteStartElement("strCache", C);
        Val(x, "ptCount", values.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < values.Count; i++)
        {
            x.WriteStartElement("pt", C);
            x.WriteAttributeString("idx", i.ToString(CultureInfo.InvariantCulture));
            x.WriteElementString("v", C, XmlSafeText.CleanLine(values[i]));
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void CategoryAxis(XmlWriter x, Chart chart, DocumentTheme theme)
    {
        var bars = chart.Kind != ChartKind.Line;
        x.WriteStartElement("catAx", C);
        Val(x, "axId", CategoryAxisId.ToString(CultureInfo.InvariantCulture));
        x.WriteStartElement("scaling", C);

        // Bars read top to bottom in category order, as in the PDF and HTML.
        Val(x, "orientation", bars ? "maxMin" : "minMax");
        x.WriteEndElement();
        Val(x, "delete", "0");
        Val(x, "axPos", bars ? "l" : "b");
        if (!bars && chart.CategoryTitle.Length > 0)
        {
            Title(x, chart.CategoryTitle, theme);
        }

        Val(x, "majorTickMark", "out");
        Val(x, "minorTickMark", "none");
        Val(x, "tickLblPos", "nextTo");
        Line(x, theme.Border, 0.75, "solid");
        Val(x, "crossAx", ValueAxisId.ToString(CultureInfo.InvariantCulture));
        Val(x, "crosses", "autoZero");
        Val(x, "auto", "1");
        Val(x, "lblAlgn", "ctr");
        Val(x, "lblOffset", "100");
        Val(x, "noMultiLvlLbl", "0");
        x.WriteEndElement();
    }

    private static void ValueAxis(XmlWriter x, Chart chart, DocumentTheme theme, ChartScale scale)
    {
        var bars = chart.Kind != ChartKind.Line;
        x.WriteStartElement("valAx", C);
        Val(x, "axId", ValueAxisId.ToString(CultureInfo.InvariantCulture));
        x.WriteStartElement("scaling", C);
        Val(x, "orientation", "minMax");
        Val(x, "max", scale.Maximum.ToString("R", CultureInfo.InvariantCulture));
        Val(x, "min", scale.Minimum.ToString("R", CultureInfo.InvariantCulture));
        x.WriteEndElement();
        Val(x, "delete", "0");
        Val(x, "axPos", bars ? "b" : "l");
        x.WriteStartElement("majorGridlines", C);
        Line(x, theme.ChartGrid, 0.5, "solid");
        x.WriteEndElement();
        Title(x, chart.ValueAxis.Title, theme);
        x.WriteStartElement("numFmt", C);
        x.WriteAttributeString("formatCode", ChartFormatCode.For(chart.ValueAxis, scale.Decimals));
        x.WriteAttributeString("sourceLinked", "0");
        x.WriteEndElement();
        Val(x, "majorTickMark", "out");
        Val(x, "minorTickMark", "none");
        Val(x, "tickLblPos", "nextTo");
        Val(x, "crossAx", CategoryAxisId.ToString(CultureInfo.InvariantCulture));

        // With the categories reversed, the value axis would move to the top; "max" keeps it at the foot.
        Val(x, "crosses", bars ? "max" : "autoZero");
        Val(x, "crossBetween", "between");
        Val(x, "majorUnit", scale.Step.ToString("R", CultureInfo.InvariantCulture));
        x.WriteEndElement();
    }

    private static void Title(XmlWriter x, string text, DocumentTheme theme)
    {
        x.WriteStartElement("title", C);
        x.WriteStartElement("tx", C);
        x.WriteStartElement("rich", C);
        x.WriteElementString("bodyPr", A, string.Empty);
        x.WriteElementString("lstStyle", A, string.Empty);
        x.WriteStartElement("p", A);
        x.WriteStartElement("pPr", A);
        RunProperties(x, "defRPr", theme, theme.SmallSize - 1, theme.Text, bold: true);
        x.WriteEndElement();
        x.WriteStartElement("r", A);
        RunProperties(x, "rPr", theme, theme.SmallSize - 1, theme.Text, bold: true);
        x.WriteElementString("t", A, XmlSafeText.CleanLine(text));
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        Val(x, "overlay", "0");
        x.WriteEndElement();
    }

    private static void TextProperties(XmlWriter x, DocumentTheme theme, double size, Colour colour, bool bold)
    {
        x.WriteStartElement("txPr", C);
        x.WriteElementString("bodyPr", A, string.Empty);
        x.WriteElementString("lstStyle", A, string.Empty);
        x.WriteStartElement("p", A);
        x.WriteStartElement("pPr", A);
        RunProperties(x, "defRPr", theme, size, colour, bold);
        x.WriteEndElement();
        x.WriteStartElement("endParaRPr", A);
        x.WriteAttributeString("lang", "en-GB");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void RunProperties(XmlWriter x, string name, DocumentTheme theme, double size, Colour colour, bool bold)
    {
        x.WriteStartElement(name, A);
        x.WriteAttributeString("sz", ((int)Math.Round(size * 100)).ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("b", bold ? "1" : "0");
        SolidFill(x, colour);
        x.WriteStartElement("latin", A);
        x.WriteAttributeString("typeface", theme.FontFamily);
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void ShapeProperties(XmlWriter x, Colour fill, Colour? outline, double width, string dash)
    {
        x.WriteStartElement("spPr", C);
        SolidFill(x, fill);
        if (outline is { } o)
        {
            LineElement(x, o, width, dash);
        }
        else
        {
            x.WriteStartElement("ln", A);
            x.WriteElementString("noFill", A, string.Empty);
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    /// <summary>c:spPr holding only an outline (a line series, an axis line).</summary>
    private static void Line(XmlWriter x, Colour colour, double width, string dash)
    {
        x.WriteStartElement("spPr", C);
        LineElement(x, colour, width, dash);
        x.WriteEndElement();
    }

    private static void LineElement(XmlWriter x, Colour colour, double width, string dash)
    {
        x.WriteStartElement("ln", A);
        x.WriteAttributeString("w", ((int)Math.Round(width * 12700)).ToString(CultureInfo.InvariantCulture));
        x.WriteAttributeString("cap", "flat");
        SolidFill(x, colour);
        x.WriteStartElement("prstDash", A);
        x.WriteAttributeString("val", dash);
        x.WriteEndElement();
        x.WriteElementString("round", A, string.Empty);
        x.WriteEndElement();
    }

    private static void SolidFill(XmlWriter x, Colour colour)
    {
        x.WriteStartElement("solidFill", A);
        x.WriteStartElement("srgbClr", A);
        x.WriteAttributeString("val", colour.ToHex());
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Val(XmlWriter x, string name, string value)
    {
        x.WriteStartElement(name, C);
        x.WriteAttributeString("val", value);
        x.WriteEndElement();
    }
}
