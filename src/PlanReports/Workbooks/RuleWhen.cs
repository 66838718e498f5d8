namespace PlanReports.Workbooks;

/// <summary>A narrower rule for a row's period cells when one of its columns holds a value (percentages: 0 to 100).</summary>
/// <param name="Column">The column index to look at.</param>
/// <param name="Value">The value that selects the rule.</param>
/// <param name="Rule">The rule for that row's period cells.</param>
internal sealed record RuleWhen(int Column, string Value, CellRule Rule);
