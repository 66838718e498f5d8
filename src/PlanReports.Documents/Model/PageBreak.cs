namespace PlanReports.Documents.Model;

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block;
