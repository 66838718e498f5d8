using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports;

namespace PlanReports.Components;

/// <summary>
/// <c>::: trajectory-table rows=trajectories caption="…"</c> — agreed trajectories against national standards, one
/// row per standard: indicator, the standard as seed 001 states it with the figure it is tested against, the
/// rolled-up plan for the year end, and how many organisations plan to meet the standard. Values are written in the
/// indicator's unit.
/// </summary>
public sealed class TrajectoryTableComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "trajectory-table";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        var rows = ModelValue.List<TrajectoryRow>(context, "rows");
        var header = new TableRow(
        [
            TableCell.Text("Indicator", CellScope.Column),
            TableCell.Text("National standard", CellScope.Column),
            TableCell.Text("Planned (year end)", CellScope.Column),
            TableCell.Text("Plans meeting the standard", CellScope.Column),
        ]);
        var body = rows.Select(r => new TableRow(
        [
            TableCell.Text(r.Indicator, CellScope.Row),
            r.Threshold is { } threshold
                ? new TableCell(
                [
                    new Paragraph([new TextRun(SentenceCase(r.Standard))]),
                    new Paragraph([new TextRun($"Tested against: {threshold}")], Style: ParagraphStyle.Small),
                ])
                : TableCell.Text(SentenceCase(r.Standard)),
            r.Planned is null && r.Untested is not null
                ? TableCell.Text("Not submitted")
                : new TableCell(
                [
                    new Paragraph([new TextRun(r.Planned is { } v ? Value(v, r.Unit) : "Not submitted")]),
                    new Paragraph([new TextRun($"{r.Period}, {r.RollUp}")], Style: ParagraphStyle.Small),
                ]),
            r.Untested is { } untested ? TableCell.Text(untested) : TableCell.Text($"{r.MeetingStandard} of {r.Organisations}"),
        ])).ToList();
        return
        [
            new Table(
                [new TableColumn(3.4), new TableColumn(3.6), new TableColumn(2.2, TextAlignment.Right), new TableColumn(2.2)],
                [header],
                [new TableRowGroup(null, body)],
                context.Arguments.TryGetValue("caption", out var caption) ? caption : null),
        ];
    }

    // Standards are quoted from the middle of a sentence of seed 001 ("the operational standard of …"); a table cell
    // starts with a capital, as the rest of the table does.
    private static string SentenceCase(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static string Value(decimal value, string unit) => unit switch
    {
        "percentage" => UkFormat.Percent(value, 1),
        "count" => UkFormat.Number(value, 0),
        "pounds" => UkFormat.Money(value),
        _ => UkFormat.Number(value, 1),
    };
}
