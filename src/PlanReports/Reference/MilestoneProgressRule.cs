namespace PlanReports.Reference;

/// <summary>000 §4 on when monthly milestone progress is due at DH.</summary>
/// <param name="DayOfMonth">The day of each month progress is submitted (16).</param>
/// <param name="Quote">The seed's sentence, word for word, including its weekend rule.</param>
public sealed record MilestoneProgressRule(int DayOfMonth, string Quote);
