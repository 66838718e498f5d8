namespace PlanReports.Documents.Model;

/// <summary>Blocks that must not be split across pages (moved whole to the next page if they do not fit).</summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block;
