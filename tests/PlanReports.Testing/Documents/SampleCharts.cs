using PlanReports.Documents.Model;

namespace PlanReports.Testing.Documents;

/// <summary>
/// One chart of each kind, with illustrative data, and a document holding all three: what every format's chart tests
/// render, so PDF, DOCX and HTML are checked against the same numbers.
/// </summary>
public static class SampleCharts
{
    /// <summary>April 2012 to March 2013, as the trajectory charts label months.</summary>
    public static IReadOnlyList<string> Months { get; } =
        ["Apr 2012", "May 2012", "Jun 2012", "Jul 2012", "Aug 2012", "Sep 2012", "Oct 2012", "Nov 2012", "Dec 2012", "Jan 2013", "Feb 2013", "Mar 2013"];

    /// <summary>A monthly plan, six actuals and a national standard of 95%.</summary>
    public static Chart Line() => new(
        ChartKind.Line,
        "A&E total time: Example PCT, by month against the national standard",
        "Line chart of A&E total time for Example PCT: the plan stays between 94.1% and 96.0%; the national standard is 95.0%.",
        "Month",
        Months,
        [
            new ChartSeries("Planned", [94.1, 94.5, 95.0, 95.2, 95.4, 95.5, 95.6, 95.8, 95.9, 96.0, 96.0, 96.0]),
            new ChartSeries("Actual", [93.8, 94.9, 95.1, 94.7, 95.3, 95.0, null, null, null, null, null, null]),
        ],
        new ChartAxis("Per cent", ChartValueFormat.Percent, 1),
        [new ReferenceLine("National standard", 95)]);

    /// <summary>Two metrics' baseline beside their ambition.</summary>
    public static Chart Bar() => new(
        ChartKind.Bar,
        "Metrics measured as rate per 100,000: baseline and ambition",
        "Bar chart of two metrics: delayed transfers of care, baseline 2,096.0, ambition 2,019.3; avoidable emergency admissions, baseline 875.0, ambition 853.5.",
        "Metric",
        ["Delayed transfers of care", "Avoidable emergency admissions"],
        [new ChartSeries("Baseline", [2096.0, 875.0]), new ChartSeries("Ambition", [2019.3, 853.5])],
        new ChartAxis("Rate per 100,000", ChartValueFormat.Number, 1),
        []);

    /// <summary>Thirteen domain ratings in two submissions, in the ratings' own colours.</summary>
    public static Chart Stacked() => new(
        ChartKind.StackedBar,
        "Domain ratings of the Example PCT Cluster plan in each submission",
        "Stacked bar chart of the 13 domain ratings in each submission: January, 2 red, 5 amber, 6 green; April, 1 red, 4 amber, 8 green.",
        "Submission",
        ["Initial submission, January 2012", "Final submission, April 2012"],
        [
            new ChartSeries("Red", [2, 1], RepresentativeDocument.Red),
            new ChartSeries("Amber", [5, 4], RepresentativeDocument.Amber),
            new ChartSeries("Green", [6, 8], RepresentativeDocument.Green),
        ],
        new ChartAxis("Number of domains"),
        []);

    /// <summary>
    /// Small multiples: the line chart for four areas in a grid of two columns on one value axis, each cell titled by
    /// its area, the areas' plans a point apart.
    /// </summary>
    public static ChartGrid Grid()
    {
        var line = Line();
        var areas = new[] { "Alpha North", "Alpha South", "Beta East", "Beta West" };
        var charts = areas.Select((area, i) => line with
        {
            Caption = area,
            AltText = $"Line chart of A&E total time for {area}: the plan runs {i} points above Example PCT's; the national standard is 95.0%.",
            Series = [line.Series[0] with { Values = line.Series[0].Values.Select(v => v + i).ToList() }, line.Series[1]],
        }).ToList();
        return new ChartGrid("A&E total time: the PCTs by month against the national standard", 2, PlanReports.Documents.Charts.ChartGridLayout.ShareScale(charts), SharedScale: true);
    }

    /// <summary>A titled document with the three charts under headings.</summary>
    public static Document Document() => new(
        new DocumentMetadata("Charts", "PlanReports tests", "One chart of each kind", new DateOnly(2012, 5, 4)),
        PageSetup.A4Portrait,
        [
            new Heading(1, [new TextRun("Charts")]),
            new Heading(2, [new TextRun("Trajectory")]),
            Line(),
            new Heading(2, [new TextRun("Metrics")]),
            Bar(),
            new Heading(2, [new TextRun("Ratings")]),
            Stacked(),
        ]);
}
