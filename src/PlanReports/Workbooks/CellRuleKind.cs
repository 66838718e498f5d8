namespace PlanReports.Workbooks;

/// <summary>The kinds of value an input cell accepts.</summary>
internal enum CellRuleKind
{
    /// <summary>Any text.</summary>
    Text,

    /// <summary>A number between the rule's bounds.</summary>
    Number,

    /// <summary>A whole number between the rule's bounds.</summary>
    WholeNumber,

    /// <summary>A date within the planning round.</summary>
    Date,

    /// <summary>One value of a list on the Lists sheet.</summary>
    List,
}
