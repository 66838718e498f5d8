using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Components;

/// <summary>
/// <c>::: rag-table rows=ratings label="Assurance domain" caption="…"</c> — one row per <see cref="RagRow"/>: what
/// is rated, its rating as a badge (the word and the colour) and the commentary.
/// </summary>
public sealed class RagTableComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "rag-table";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        var rows = ModelValue.List<RagRow>(context, "rows");
        var header = new TableRow(
        [
            TableCell.Text(ModelValue.Optional(context, "label", "Area"), CellScope.Column),
            TableCell.Text("Rating", CellScope.Column),
            TableCell.Text("Commentary", CellScope.Column),
        ]);
        var body = rows.Select(r => new TableRow(
        [
            TableCell.Text(r.Label, CellScope.Row),
            new TableCell([new Paragraph([RagRating.Badge(r.Rag)])]),
            TableCell.Text(r.Commentary.Length > 0 ? r.Commentary : "No commentary recorded."),
        ])).ToList();
        return
        [
            new Table(
                [new TableColumn(3), new TableColumn(1.2, TextAlignment.Centre), new TableColumn(6)],
                [header],
                [new TableRowGroup(null, body)],
                context.Arguments.TryGetValue("caption", out var caption) ? caption : null),
        ];
    }
}
