namespace PlanReports.Documents.Markdown;

/// <summary>A component placed in a template: its name and the 1-based line of its opening <c>:::</c>.</summary>
public sealed record ComponentReference(string Name, int Line);
