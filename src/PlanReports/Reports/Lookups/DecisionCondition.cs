namespace PlanReports.Reports.Lookups;

/// <summary>A condition or action attached to a decision, with who owns it and by when.</summary>
/// <param name="Kind">'condition' or 'action'.</param>
internal sealed record DecisionCondition(int Position, string Kind, string Text, string Owner, DateOnly DueOn)
{
    /// <summary>"Condition" or "Action".</summary>
    public string KindLabel => Kind == "condition" ? "Condition" : "Action";

    /// <summary>The due date as letters write it.</summary>
    public string DueText => DisplayFormat.Date(DueOn);
}
