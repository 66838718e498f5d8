using System.Globalization;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports.Lookups;
using PlanReports.Reports.RegionalSummary;

namespace PlanReports.Components;

/// <summary>
/// <c>::: rag-count-table</c>: how many PCT clusters of the region carry each rating in each domain, with a total row.
/// The column headings are the rating badges, so the colour always comes with its word.
/// </summary>
internal sealed class RagCountTableComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "rag-count-table";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Model is not RegionalSummaryModel summary)
        {
            throw new InvalidOperationException($"rag-count-table needs the regional summary model, not {context.Model?.GetType().Name ?? "none"}");
        }

        static TableCell Number(int n) => TableCell.Text(n.ToString(CultureInfo.InvariantCulture));
        var rows = summary.Counts
            .Select(c => new TableRow([TableCell.Text(c.Domain.Label, CellScope.Row), Number(c.Red), Number(c.Amber), Number(c.Green), Number(c.NotRated)]))
            .Append(new TableRow([
                TableCell.Text("All domains", CellScope.Row),
                Number(summary.Counts.Sum(c => c.Red)),
                Number(summary.Counts.Sum(c => c.Amber)),
                Number(summary.Counts.Sum(c => c.Green)),
                Number(summary.Counts.Sum(c => c.NotRated)),
            ]))
            .ToList();
        return
        [
            new Table(
                [new TableColumn(5), new TableColumn(1, TextAlignment.Right), new TableColumn(1, TextAlignment.Right), new TableColumn(1, TextAlignment.Right), new TableColumn(1.2, TextAlignment.Right)],
                [new TableRow([
                    TableCell.Text("Domain", CellScope.Column),
                    BadgeHeader(Rag.Red),
                    BadgeHeader(Rag.Amber),
                    BadgeHeader(Rag.Green),
                    TableCell.Text("Not rated", CellScope.Column),
                ])],
                [new TableRowGroup(null, rows)],
                $"Number of PCT clusters in {summary.ScopeName} with each rating, by domain"),
        ];
    }

    private static TableCell BadgeHeader(Rag rag) => new([new Paragraph([rag.ToBadge()], TextAlignment.Right)], CellScope.Column);
}
