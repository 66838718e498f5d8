namespace PlanReports.Reference;

/// <summary>A line of the Spending Round summary of what the Fund is made of (003 Annex I ¶5).</summary>
/// <param name="Year">The financial year ("2014/15", "2015/16").</param>
/// <param name="Text">The line, word for word.</param>
/// <param name="AmountMillions">The national amount the line states, in millions of pounds.</param>
/// <param name="Components">The lines the seed lists as comprising it.</param>
public sealed record BcfFundingLine(string Year, string Text, decimal AmountMillions, IReadOnlyList<BcfFundingLine> Components);
