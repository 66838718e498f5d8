namespace PlanReports.Documents.Model;

/// <summary>A bulleted or numbered list. Items hold blocks, so lists nest.</summary>
/// <param name="Ordered">Numbered when true, bulleted when false.</param>
/// <param name="Items">The items.</param>
/// <param name="Start">The first number of an ordered list.</param>
public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items, int Start = 1) : Block;
