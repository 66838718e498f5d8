using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports.PhChecklist;

namespace PlanReports.Components;

/// <summary>
/// <c>::: checklist</c>: the Annex 6 public health checklist, one row group per section, each prompt with its
/// sub-prompts beneath it, and the cluster's status, evidence and action for each.
/// </summary>
internal sealed class ChecklistComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "checklist";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Model is not PhChecklistModel report)
        {
            throw new InvalidOperationException($"checklist needs the public health checklist model, not {context.Model?.GetType().Name ?? "none"}");
        }

        var groups = report.Sections
            .Select(s => new TableRowGroup(
                s.Text,
                s.Children.SelectMany(p => p.SelfAndDescendants()).Select(Row).ToList()))
            .ToList();
        return
        [
            new Table(
                // "Not applicable", the longest status (its words joined by a no-break space), fits the status column on one line.
                [new TableColumn(3.0), new TableColumn(1.4), new TableColumn(3.2), new TableColumn(2.4)],
                [new TableRow([
                    TableCell.Text("Prompt", CellScope.Column),
                    TableCell.Text("Status", CellScope.Column),
                    TableCell.Text("Evidence", CellScope.Column),
                    TableCell.Text("Action", CellScope.Column),
                ])],
                groups,
                $"Public health checklist of {report.Cluster.Name}"),
        ];
    }

    private static TableRow Row(ChecklistItem item)
    {
        // Sub-prompts complete their prompt's sentence, so they are shown beneath it, marked with a dash.
        var prompt = item.Level == "sub-prompt" ? "– " + item.Text : item.Text;
        return new TableRow(
        [
            TableCell.Text(prompt, CellScope.Row),
            new TableCell([new Paragraph([new TextRun(item.StatusLabel, Bold: item.Response is null || item.Response.IsOpen)])]),
            TableCell.Text(item.Response?.EvidenceText ?? "None recorded."),
            TableCell.Text(item.Response?.ActionText ?? "None recorded."),
        ], KeepTogether: true);
    }
}
