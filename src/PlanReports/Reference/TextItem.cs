namespace PlanReports.Reference;

/// <summary>
/// A piece of seed text with the items listed under it, kept as the seed sets it out: a question with its
/// lettered parts, a checklist prompt with its sub-prompts, a paragraph with its bullets.
/// </summary>
/// <param name="Label">The seed's own marker where it has one ("i)", "ii)"); null for plain bullets.</param>
/// <param name="Text">The text, word for word.</param>
/// <param name="Items">Items listed under it, in seed order; empty when there are none.</param>
public sealed record TextItem(string? Label, string Text, IReadOnlyList<TextItem> Items);
