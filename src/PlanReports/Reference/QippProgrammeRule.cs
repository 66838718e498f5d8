namespace PlanReports.Reference;

/// <summary>000 §4 on the key QIPP programmes each PCT cluster reports milestones for.</summary>
/// <param name="MinimumProgrammes">The fewest key programmes ("key 5-7").</param>
/// <param name="MaximumProgrammes">The most key programmes.</param>
/// <param name="SavingsShareAbovePercent">The share of planned savings the key programmes are expected to exceed.</param>
/// <param name="ProgrammesQuote">The seed's sentence on the number of programmes, word for word.</param>
/// <param name="SavingsQuote">The seed's sentence on their share of savings, word for word.</param>
public sealed record QippProgrammeRule(
    int MinimumProgrammes,
    int MaximumProgrammes,
    decimal SavingsShareAbovePercent,
    string ProgrammesQuote,
    string SavingsQuote);
