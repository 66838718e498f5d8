namespace PlanReports.Components;

/// <summary>One rated item of a rag-table: what is rated, its rating ("red", "amber", "green") and a comment.</summary>
public sealed record RagRow(string Label, string Rag, string Commentary);
