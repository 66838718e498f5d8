using PlanReports.Documents.Charts;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary><c>:::: chart-grid</c>: the charts its components build, as small multiples on one axis under one caption.</summary>
public sealed class ChartGridConverterTests
{
    private static readonly MarkdownConverter Converter = new([new LineChartComponent()]);

    [Fact]
    public void The_charts_inside_become_one_grid_with_its_caption_columns_and_one_value_axis()
    {
        var markdown = "Intro\n\n:::: chart-grid columns=3 caption=\"Waits: the PCTs\"\n::: line-chart title=North values=1,2,3\n:::\n::: line-chart title=South values=4,9,30\n:::\n::::\n";

        var blocks = Converter.Convert(markdown, "pack", "template.md", null);

        var grid = Assert.IsType<ChartGrid>(blocks[1]);
        Assert.Equal("Waits: the PCTs", grid.Caption);
        Assert.Equal(3, grid.Columns);
        Assert.True(grid.SharedScale);
        Assert.Equal(["North", "South"], grid.Charts.Select(c => c.Caption));
        Assert.Equal(3, grid.Source!.Line);
        // North alone would end at 3; on the shared axis both run to South's 30.
        Assert.Equal(ChartLayout.Scale(grid.Charts[1]), ChartLayout.Scale(grid.Charts[0]));
        Assert.True(ChartLayout.Scale(grid.Charts[0]).Maximum >= 30);
        Assert.DoesNotContain(MarkdownConverter.FindComponentReferences(markdown), r => r.Name == "chart-grid");
    }

    [Fact]
    public void Scale_own_keeps_each_charts_axis_and_no_chart_gives_no_grid()
    {
        var own = Converter.Convert(":::: chart-grid caption=C scale=own\n::: line-chart title=A values=1,2\n:::\n::: line-chart title=B values=40,50\n:::\n::::\n", "pack", "template.md", null);
        var empty = Converter.Convert(":::: chart-grid caption=C\n::: line-chart count=0\n:::\n::::\n", "pack", "template.md", null);

        var grid = Assert.IsType<ChartGrid>(Assert.Single(own));
        Assert.False(grid.SharedScale);
        Assert.Equal(2, grid.Columns);
        Assert.NotEqual(ChartLayout.Scale(grid.Charts[0]), ChartLayout.Scale(grid.Charts[1]));
        Assert.Empty(empty);
    }

    [Theory]
    [InlineData(":::: chart-grid\n::: line-chart title=A values=1\n:::\n::::\n", "a chart-grid needs caption=")]
    [InlineData(":::: chart-grid caption=C columns=5\n::: line-chart title=A values=1\n:::\n::::\n", "columns= is a whole number from 1 to 4, not '5'")]
    [InlineData(":::: chart-grid caption=C scale=log\n::: line-chart title=A values=1\n:::\n::::\n", "scale= is 'shared'")]
    [InlineData(":::: chart-grid caption=C rows=2\n::: line-chart title=A values=1\n:::\n::::\n", "'rows' is not known")]
    [InlineData(":::: chart-grid caption=C\nSome words.\n::::\n", "holds only chart components")]
    [InlineData(":::: chart-grid caption=C\n::: line-chart title=A values=1\n:::\n", "the chart-grid is not closed")]
    [InlineData(":::: chart-grid caption=C\n::: line-chart title=A values=1\n:::\n::: line-chart title=B values=1 format=percent\n:::\n::::\n", "cannot share a scale; write scale=own")]
    public void A_grid_that_breaks_a_rule_names_the_line_and_the_rule(string markdown, string rule)
    {
        var error = Assert.Throws<DocumentTemplateException>(() => Converter.Convert(markdown, "pack", "template.md", null));

        Assert.Equal(1, error.Line);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grid_shares_a_legend_only_where_every_cell_names_the_same_series_and_reference_lines()
    {
        var same = (ChartGrid)Converter.Convert(":::: chart-grid caption=C\n::: line-chart title=A values=1,2\n:::\n::: line-chart title=B values=3,4\n:::\n::::\n", "p", "t.md", null)[0];
        var different = (ChartGrid)Converter.Convert(":::: chart-grid caption=C\n::: line-chart title=A values=1,2\n:::\n::: line-chart title=B values=3,4 standard=3\n:::\n::::\n", "p", "t.md", null)[0];

        var legend = ChartGridLayout.SharedLegend(same);
        Assert.NotNull(legend);
        Assert.Equal("Key to the charts below: Planned; Standard: 2.", ChartGridLayout.LegendText(legend));
        Assert.Null(ChartGridLayout.SharedLegend(different));
    }
}
