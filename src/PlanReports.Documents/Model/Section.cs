namespace PlanReports.Documents.Model;

/// <summary>
/// A titled part of a larger document (for example one PCT cluster's pack inside a regional bundle). Its blocks
/// start on a new page when <see cref="StartOnNewPage"/> is set. Sections group content for structure (PDF Sect,
/// HTML section); they do not change styles.
/// </summary>
public sealed record Section(IReadOnlyList<Block> Blocks, bool StartOnNewPage = false) : Block;
