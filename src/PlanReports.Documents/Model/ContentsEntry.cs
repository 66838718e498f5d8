namespace PlanReports.Documents.Model;

/// <summary>One line of a <see cref="TableOfContents"/>.</summary>
/// <param name="Inlines">The entry's text.</param>
/// <param name="Anchor">The id of the heading it points to, without '#'.</param>
/// <param name="Level">1 for a top entry, 2 for an entry under it.</param>
public sealed record ContentsEntry(IReadOnlyList<Inline> Inlines, string Anchor, int Level = 1);
