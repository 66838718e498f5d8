namespace PlanReports.Documents.Model;

/// <summary>A forced line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;
