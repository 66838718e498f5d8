namespace PlanReports.Reference;

/// <summary>A rule on what follows from achieving, or failing to achieve, the levels of ambition (003 Annex I ¶53–54).</summary>
/// <param name="Paragraph">The Annex I paragraph number.</param>
/// <param name="ThresholdPercent">The share of the levels of ambition the rule turns on (70).</param>
/// <param name="Quote">The rule, word for word.</param>
public sealed record BcfAmbitionRule(int Paragraph, decimal ThresholdPercent, string Quote);
