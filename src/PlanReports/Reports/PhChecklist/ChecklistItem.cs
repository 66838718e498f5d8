namespace PlanReports.Reports.PhChecklist;

/// <summary>
/// A section, prompt or sub-prompt of the Annex 6 public health checklist with this cluster's response (null when
/// none was recorded) and its children.
/// </summary>
internal sealed record ChecklistItem(
    string Code,
    string Level,
    string Text,
    ChecklistResponse? Response,
    IReadOnlyList<ChecklistItem> Children)
{
    /// <summary>The status, or "No response recorded".</summary>
    public string StatusLabel => Response?.StatusLabel ?? "No response recorded";

    /// <summary>This item and every item under it, depth first (a method, so serialising the model does not recurse).</summary>
    public IEnumerable<ChecklistItem> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
