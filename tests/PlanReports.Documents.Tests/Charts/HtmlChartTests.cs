using AngleSharp.Dom;
using PlanReports.Documents.Html;
using PlanReports.Documents.Tests.Html;
using PlanReports.Testing.Documents;

namespace PlanReports.Documents.Tests.Charts;

/// <summary>
/// A chart in HTML is an inline SVG a screen reader announces as one image with its alternative text, followed by
/// the numbers as a table; series are told apart by dash pattern and marker and named in a legend, not by colour alone.
/// </summary>
public sealed class HtmlChartTests
{
    private static readonly IDocument Dom = HtmlStructure.Parse(new HtmlRenderer().RenderToString(SampleCharts.Document()));

    [Fact]
    public void Each_chart_is_an_svg_with_role_img_named_by_its_title()
    {
        var svgs = Dom.QuerySelectorAll("figure svg").ToList();
        var charts = new[] { SampleCharts.Line(), SampleCharts.Bar(), SampleCharts.Stacked() };

        Assert.Equal(3, svgs.Count);
        for (var i = 0; i < svgs.Count; i++)
        {
            Assert.Equal("img", svgs[i].GetAttribute("role"));
            Assert.Equal(charts[i].AltText, svgs[i].Children.First().TextContent);
            Assert.Equal("title", svgs[i].Children.First().LocalName);
            Assert.Equal(charts[i].Caption, svgs[i].ParentElement!.QuerySelector("figcaption")!.TextContent);
        }
    }

    [Fact]
    public void The_numbers_follow_in_a_details_table_with_a_header_per_series_and_a_row_per_category()
    {
        var details = Dom.QuerySelectorAll("figure details").First();
        var table = details.QuerySelector("table")!;
        var header = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var rows = table.QuerySelectorAll("tbody tr").ToList();

        Assert.Equal(["Month", "Planned", "Actual"], header);
        Assert.Equal(12, rows.Count);
        Assert.Equal(["Apr 2012", "94.1%", "93.8%"], rows[0].Children.Select(c => c.TextContent));
        Assert.Equal(["Mar 2013", "96.0%", "No value"], rows[11].Children.Select(c => c.TextContent));
        Assert.All(rows, r => Assert.Equal("row", r.Children[0].GetAttribute("scope")));
        Assert.Contains("National standard: 95.0%.", details.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_differ_in_dash_pattern_and_marker_and_the_legend_names_them()
    {
        var svg = Dom.QuerySelectorAll("figure svg").First();
        var lines = svg.QuerySelectorAll("polyline").ToList();
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();

        // The planned line is solid, the actual dashed; one has circle markers, the other squares.
        Assert.Null(lines[0].GetAttribute("stroke-dasharray"));
        Assert.Equal("6 3", lines[1].GetAttribute("stroke-dasharray"));
        Assert.NotEmpty(svg.QuerySelectorAll("circle"));
        Assert.NotEmpty(svg.QuerySelectorAll("polygon"));
        Assert.Contains("Planned", texts);
        Assert.Contains("Actual", texts);
        Assert.Contains("National standard: 95.0%", texts);
    }

    [Fact]
    public void Axis_ticks_are_round_numbers_written_as_percentages_and_months_in_uk_form()
    {
        var texts = Dom.QuerySelectorAll("figure svg").First().QuerySelectorAll("text").Select(t => t.TextContent).ToList();

        Assert.Contains("90%", texts);
        Assert.Contains("96%", texts);
        Assert.Contains("Apr 2012", texts);
        Assert.DoesNotContain(texts, t => t.Contains("95.3", StringComparison.Ordinal));
    }

    [Fact]
    public void Stacked_segments_carry_their_counts_as_text()
    {
        var texts = Dom.QuerySelectorAll("figure svg").Last().QuerySelectorAll("text").Select(t => t.TextContent).ToList();

        Assert.Contains("Red", texts);
        Assert.Contains("8", texts);
        Assert.Contains("6", texts);
    }
}
