namespace PlanReports.Workbooks;

/// <summary>What a cell holds, as read: its text (a number's invariant text), and whether it was stored as a number.</summary>
internal sealed record CellText(string Text, bool IsNumber);
