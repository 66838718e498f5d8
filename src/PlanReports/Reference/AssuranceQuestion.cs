namespace PlanReports.Reference;

/// <summary>An Annex 3 question to support narrative assurance.</summary>
/// <param name="Number">The number the seed gives it within its domain.</param>
/// <param name="Text">The question, word for word.</param>
/// <param name="Items">Its parts ("i) does the plan enable CCGs to:" …) where the seed lists any.</param>
public sealed record AssuranceQuestion(int Number, string Text, IReadOnlyList<TextItem> Items);
