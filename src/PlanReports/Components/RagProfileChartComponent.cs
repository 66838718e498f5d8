using PlanReports.Documents.Model;
using PlanReports.Documents.Markdown;
using PlanReports.Reports.Lookups;
using PlanReports.Reports.RagNarrativeBundle;
using PlanReports.Reports.RagNarrativePack;
using PlanReports.Reports.RegionalSummary;

namespace PlanReports.Components;

/// <summary>
/// <c>::: rag-profile-chart</c>: ratings as stacked bars of red, amber and green, each segment labelled with its count.
/// In a regional summary, how many PCT clusters carry each rating in each domain: one chart for the earlier
/// submission and one for this, so January reads beside April. In a pack (or a bundle, with <c>cluster=CODE</c>), the
/// cluster's 13 domain ratings in each submission of the round, January above April.
/// </summary>
internal sealed class RagProfileChartComponent : IComponent
{
    private static readonly string[] Keys = ["red", "amber", "green"];

    /// <inheritdoc />
    public string Name => "rag-profile-chart";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Model switch
        {
            RegionalSummaryModel summary => Regional(summary),
            RagNarrativePackDocument document => [Cluster(document.Pack)],
            RagNarrativeBundleModel bundle when context.Arguments.TryGetValue("cluster", out var code) =>
                [Cluster(bundle.Packs.FirstOrDefault(p => p.Cluster.Code == code) ?? throw new InvalidOperationException($"rag-profile-chart: the bundle holds no pack for cluster '{code}'"))],
            RagNarrativeBundleModel => throw new InvalidOperationException("rag-profile-chart: in a bundle, say which pack with cluster=CODE"),
            _ => throw new InvalidOperationException($"rag-profile-chart needs a regional summary, pack or bundle model, not {context.Model?.GetType().Name ?? "none"}"),
        };
    }

    private static List<Block> Regional(RegionalSummaryModel summary)
    {
        if (summary.Matrix.Count == 0)
        {
            return [];
        }

        var charts = new List<Block>();
        if (summary.Changes is { } changes)
        {
            // The earlier rating of a cluster's domain is the change's "from" where it changed, else today's rating.
            var before = changes.Ratings.ToDictionary(r => (r.Cluster.Code, r.Domain.Code), r => r.From);
            var earlier = summary.Matrix
                .Select(row => row.Assessments.Select(a => before.TryGetValue((row.Cluster.Code, a.Domain.Code), out var from) ? from : a.Rag).ToList())
                .ToList();
            charts.Add(RegionalChart(summary, changes.From, earlier));
        }

        charts.Add(RegionalChart(summary, summary.Submission, summary.Matrix.Select(r => r.Assessments.Select(a => a.Rag).ToList()).ToList()));
        return charts;
    }

    /// <param name="ratings">Per cluster (matrix order), its rating in each domain (domain order).</param>
    private static Chart RegionalChart(RegionalSummaryModel summary, Submission submission, List<List<Rag?>> ratings)
    {
        var domains = summary.Domains;
        int Count(int domain, Rag? rag) => ratings.Count(r => r[domain] == rag);
        var series = Series(rag => domains.Select((_, d) => (double?)Count(d, rag)).ToList());
        var worst = Enumerable.Range(0, domains.Count).Select(d => (Domain: domains[d], Red: Count(d, Rag.Red))).Where(d => d.Red > 0)
            .OrderByDescending(d => d.Red).ThenBy(d => d.Domain.Position).Take(3).ToList();
        var alt = $"Stacked bar chart of how many of the {ratings.Count} PCT clusters of {summary.ScopeName} were rated red, amber and green in each of the {domains.Count} domains in the {submission.Name} ({submission.MonthName}). "
            + $"In all, {Total(ratings, Rag.Red)} red, {Total(ratings, Rag.Amber)} amber and {Total(ratings, Rag.Green)} green ratings. "
            + (worst.Count == 0 ? "No domain has a red rating." : "Most red ratings: " + string.Join("; ", worst.Select(w => $"{w.Domain.Name} ({w.Red})")) + ".");
        return new Chart(
            ChartKind.StackedBar,
            $"PCT clusters rated red, amber and green in each domain: {submission.Name}, {submission.MonthName}",
            alt,
            "Domain",
            domains.Select(d => d.Label).ToList(),
            series,
            new ChartAxis("Number of PCT clusters"),
            []);
    }

    private static Chart Cluster(RagNarrativePackModel pack)
    {
        var history = pack.RatingHistory;
        var series = Series(rag => history.Select(h => (double?)h.Assessments.Count(a => a.Rag == rag)).ToList());
        var alt = $"Stacked bar chart of the ratings of the {pack.Domains.Count} domains of the {pack.Cluster.Name} plan in each submission: "
            + string.Join("; ", history.Select(h => $"{h.Submission.Name} ({h.Submission.MonthName}), {h.Assessments.Count(a => a.Rag == Rag.Red)} red, {h.Assessments.Count(a => a.Rag == Rag.Amber)} amber, {h.Assessments.Count(a => a.Rag == Rag.Green)} green"
                + (h.Assessments.Any(a => a.Rag is null) ? $", {h.Assessments.Count(a => a.Rag is null)} not rated" : string.Empty))) + ".";
        return new Chart(
            ChartKind.StackedBar,
            $"Domain ratings of the {pack.Cluster.Name} plan in each submission",
            alt,
            "Submission",
            history.Select(h => $"{h.Submission.Name}, {h.Submission.MonthName}").ToList(),
            series,
            new ChartAxis("Number of domains"),
            []);
    }

    /// <summary>Red, amber and green in the ratings' own colours, then "Not rated" when any value is missing.</summary>
    private static List<ChartSeries> Series(Func<Rag?, IReadOnlyList<double?>> values)
    {
        var series = Keys.Select(k => new ChartSeries(RagRating.Label(k), values(Rag.Of(k)), RagRating.Badge(k).Background)).ToList();
        var unrated = values(null);
        if (unrated.Any(v => v > 0))
        {
            series.Add(new ChartSeries("Not rated", unrated));
        }

        return series;
    }

    private static int Total(List<List<Rag?>> ratings, Rag rag) => ratings.Sum(r => r.Count(x => x == rag));
}
