namespace PlanReports.Documents.Model;

/// <summary>An inline node: text and what sits inside a line.</summary>
public abstract record Inline;
