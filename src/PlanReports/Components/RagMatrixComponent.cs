using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports.Lookups;

namespace PlanReports.Components;

/// <summary>
/// <c>::: rag-matrix</c>: the RAG matrix, PCT clusters down and the 13 domains across (numbered, with a legible key
/// straight above, so the table fits the page; the first column stays near 3.4 shares so an "Amber" badge fits the others). For England the rows are grouped by SHA cluster. Every cell shows the
/// rating's word on its colour, or "Not rated".
/// </summary>
internal sealed class RagMatrixComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "rag-matrix";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Model is not IRagMatrixModel summary)
        {
            throw new InvalidOperationException($"rag-matrix needs a model with a RAG matrix (the regional summary, the bundle), not {context.Model?.GetType().Name ?? "none"}");
        }

        if (summary.Matrix.Count == 0)
        {
            return [new Paragraph([new TextRun($"{summary.ScopeName} has no PCT clusters in the store, so there is no matrix to show.")])];
        }

        // The key sits straight above the matrix in body-size type, each number in bold beside its domain, so the
        // columns can be read without turning a page.
        var key = new Paragraph(
            [
                new TextRun("Columns: ", Bold: true),
                .. summary.Domains.SelectMany((d, i) => new Inline[]
                {
                    // A group's name ("Transition and reform") is written once, before its first domain.
                    new TextRun(d.GroupName is { } group && (i == 0 || summary.Domains[i - 1].GroupName != group) ? group + ": " : string.Empty),
                    new TextRun(d.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), Bold: true),
                    new TextRun($" {d.Name}{(i == summary.Domains.Count - 1 ? "." : "; ")}"),
                }),
            ]);
        // On a portrait page (the bundle's overview) a column is too narrow for "Amber": compact cells carry the
        // rating's initial on its colour, and the key says what each letter means.
        var compact = context.Arguments.GetValueOrDefault("compact") == "yes";
        if (compact)
        {
            key = key with
            {
                Inlines =
                [
                    .. key.Inlines,
                    new TextRun(" Ratings: ", Bold: true),
                    .. Rag.Scale.SelectMany(r => new Inline[] { Initial(r), new TextRun($" {r.Label}; ") }),
                    new TextRun("NR", Bold: true),
                    new TextRun(" not rated."),
                ],
            };
        }

        var header = new TableRow(
            [TableCell.Text("PCT cluster", CellScope.Column), .. summary.Domains.Select(d => TableCell.Text(d.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), CellScope.Column))]);
        var groups = summary.Matrix
            .GroupBy(r => r.ShaCluster.Code)
            .Select(g => new TableRowGroup(
                summary.IsEngland ? g.First().ShaCluster.Name : null,
                g.Select(r => new TableRow([TableCell.Text(r.Cluster.Name, CellScope.Row), .. r.Assessments.Select(a => compact ? CompactCell(a.Rag) : DomainRatingsComponent.RagCell(a.Rag))])).ToList()))
            .ToList();
        var table = new Table(
            compact
                ? [new TableColumn(6), .. summary.Domains.Select(_ => new TableColumn(0.8, TextAlignment.Centre))]
                : [new TableColumn(3.4), .. summary.Domains.Select(_ => new TableColumn(1, TextAlignment.Centre))],
            [header],
            groups,
            $"RAG rating of each PCT cluster plan in {summary.ScopeName} by domain");
        return [key, table];
    }

    private static Badge Initial(Rag rag) => rag.ToBadge() with { Text = rag.Label[..1] };

    private static TableCell CompactCell(Rag? rag) =>
        rag is null ? TableCell.Text("NR") : new TableCell([new Paragraph([Initial(rag)], TextAlignment.Centre)]);
}
