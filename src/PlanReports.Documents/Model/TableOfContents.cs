namespace PlanReports.Documents.Model;

/// <summary>
/// A contents list: each entry links to an anchor (a heading's id) in the same document. Formats that know pages
/// give each entry the page its target starts on (PDF: dot leaders and the number; Word: a TOC field); HTML keeps
/// the links.
/// </summary>
public sealed record TableOfContents(IReadOnlyList<ContentsEntry> Entries) : Block;
