using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports.Lookups;
using PlanReports.Reports.PctAssuranceLetter;
using PlanReports.Reports.RagNarrativeBundle;
using PlanReports.Reports.RagNarrativePack;

namespace PlanReports.Components;

/// <summary>
/// <c>::: domain-ratings</c>: a PCT cluster's domain ratings as a table with RAG badges. In a pack or bundle it is the
/// summary table of seed 000 section 5 (the six Transition and reform sub-domains grouped under their heading); with
/// <c>show=action</c> it lists only the red and amber domains, worst first, with the reason. In a bundle,
/// <c>cluster=CODE</c> says which pack.
/// </summary>
internal sealed class DomainRatingsComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "domain-ratings";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var show = context.Arguments.GetValueOrDefault("show", "all");
        var (clusterName, domains) = Domains(context);
        return show switch
        {
            "all" => [Summary(clusterName, domains)],
            "action" => Action(clusterName, domains),
            _ => throw new InvalidOperationException($"domain-ratings: show='{show}' is unknown; use show=all or show=action"),
        };
    }

    private static (string ClusterName, IReadOnlyList<DomainAssessment> Domains) Domains(ComponentContext context) => context.Model switch
    {
        PctAssuranceLetterModel letter => (letter.Cluster.Name, letter.Domains),
        RagNarrativePackDocument document => (document.Pack.Cluster.Name, document.Pack.Domains.Select(d => d.Assessment).ToList()),
        RagNarrativeBundleModel bundle when context.Arguments.TryGetValue("cluster", out var code) =>
            bundle.Packs.FirstOrDefault(p => p.Cluster.Code == code) is { } pack
                ? (pack.Cluster.Name, pack.Domains.Select(d => d.Assessment).ToList())
                : throw new InvalidOperationException($"domain-ratings: the bundle holds no pack for cluster '{code}'"),
        RagNarrativeBundleModel => throw new InvalidOperationException("domain-ratings: in a bundle, say which pack with cluster=CODE"),
        _ => throw new InvalidOperationException($"domain-ratings needs a PCT cluster letter, pack or bundle model, not {context.Model?.GetType().Name ?? "none"}"),
    };

    private static Table Summary(string clusterName, IReadOnlyList<DomainAssessment> domains)
    {
        var groups = domains
            .GroupBy(d => d.Domain.GroupName)
            .Select(g => new TableRowGroup(g.Key, g.Select(d => new TableRow([
                TableCell.Text(d.Domain.Name, CellScope.Row),
                RagCell(d.Rag),
            ])).ToList()))
            .ToList();
        return new Table(
            [new TableColumn(4), new TableColumn(1, TextAlignment.Centre)],
            [new TableRow([TableCell.Text("Domain", CellScope.Column), TableCell.Text("RAG rating", CellScope.Column)])],
            groups,
            $"RAG rating of each domain of the {clusterName} plan");
    }

    private static IReadOnlyList<Block> Action(string clusterName, IReadOnlyList<DomainAssessment> domains)
    {
        var needing = domains.Where(d => d.Rag is { Severity: > 0 })
            .OrderByDescending(d => d.Rag!.Severity).ThenBy(d => d.Domain.Position).ToList();
        if (needing.Count == 0)
        {
            return [new Paragraph([new TextRun("No domain of the plan is rated red or amber.")])];
        }

        return
        [
            new Table(
                [new TableColumn(2.2), new TableColumn(1, TextAlignment.Centre), new TableColumn(4.5)],
                [new TableRow([TableCell.Text("Domain", CellScope.Column), TableCell.Text("RAG rating", CellScope.Column), TableCell.Text("Reason", CellScope.Column)])],
                [new TableRowGroup(null, needing.Select(d => new TableRow([
                    TableCell.Text(d.Domain.Label, CellScope.Row),
                    RagCell(d.Rag),
                    TableCell.Text(d.Commentary ?? "No commentary was recorded."),
                ], KeepTogether: true)).ToList())],
                $"Domains of the {clusterName} plan rated red or amber"),
        ];
    }

    /// <summary>A cell holding a rating's badge, or the words "Not rated".</summary>
    internal static TableCell RagCell(Rag? rag) =>
        rag is null ? TableCell.Text("Not rated") : new TableCell([new Paragraph([rag.ToBadge()], TextAlignment.Centre)]);
}
