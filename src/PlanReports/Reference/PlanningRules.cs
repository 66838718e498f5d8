namespace PlanReports.Reference;

/// <summary>The rules of the 2012/13 round that validation checks plans against, each with the seed's words.</summary>
/// <param name="QippProgrammes">How many key QIPP programmes, and their share of planned savings.</param>
/// <param name="MilestoneWording">What a milestone should and should not be.</param>
/// <param name="MilestoneProgress">When monthly progress is due.</param>
public sealed record PlanningRules(QippProgrammeRule QippProgrammes, MilestoneWordingRule MilestoneWording, MilestoneProgressRule MilestoneProgress);
