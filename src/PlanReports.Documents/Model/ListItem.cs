namespace PlanReports.Documents.Model;

/// <summary>One item of a list.</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks);
