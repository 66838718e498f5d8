namespace PlanReports.Documents.Model;

/// <summary>A heading, level 1 to 4. Headings become PDF bookmarks, Word heading styles and HTML h1–h4.</summary>
/// <param name="Level">1 to 4 (level 4 is for a pack gathered into a bundle, one level down).</param>
/// <param name="Inlines">The heading text.</param>
/// <param name="Id">A stable anchor id, used for contents pages and links.</param>
public sealed record Heading(int Level, IReadOnlyList<Inline> Inlines, string? Id = null) : Block;
