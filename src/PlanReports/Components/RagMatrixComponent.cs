using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports.RegionalSummary;

namespace PlanReports.Components;

/// <summary>
/// <c>::: rag-matrix</c>: the regional RAG matrix, PCT clusters down and the 13 domains across (numbered, with a key
/// above, so the table fits a landscape page; the first column stays near 3.4 shares so an "Amber" badge fits the others). For England the rows are grouped by SHA cluster. Every cell shows the
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
        if (context.Model is not RegionalSummaryModel summary)
        {
            throw new InvalidOperationException($"rag-matrix needs the regional summary model, not {context.Model?.GetType().Name ?? "none"}");
        }

        if (summary.Matrix.Count == 0)
        {
            return [new Paragraph([new TextRun($"{summary.ScopeName} has no PCT clusters in the store, so there is no matrix to show.")])];
        }

        var key = new Paragraph(
            [new TextRun("Domains: ", Bold: true), new TextRun(string.Join("; ", summary.Domains.Select(d => $"{d.Position} {d.Label}")) + ".")],
            Style: ParagraphStyle.Small);
        var header = new TableRow(
            [TableCell.Text("PCT cluster", CellScope.Column), .. summary.Domains.Select(d => TableCell.Text(d.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), CellScope.Column))]);
        var groups = summary.Matrix
            .GroupBy(r => r.ShaCluster.Code)
            .Select(g => new TableRowGroup(
                summary.IsEngland ? g.First().ShaCluster.Name : null,
                g.Select(r => new TableRow([TableCell.Text(r.Cluster.Name, CellScope.Row), .. r.Assessments.Select(a => DomainRatingsComponent.RagCell(a.Rag))])).ToList()))
            .ToList();
        var table = new Table(
            [new TableColumn(3.4), .. summary.Domains.Select(_ => new TableColumn(1, TextAlignment.Centre))],
            [header],
            groups,
            $"RAG rating of each PCT cluster plan in {summary.ScopeName} by domain");
        return [key, table];
    }
}
