namespace PlanReports.Reference;

/// <summary>000 §4 on what a milestone should be: SMART and high level, not an everyday or repetitive event.</summary>
/// <param name="Quote">The seed's words, word for word.</param>
/// <param name="AcceptableExamples">The seed's examples of acceptable transactional milestones.</param>
/// <param name="AvoidExamples">The seed's examples of milestones to avoid.</param>
public sealed record MilestoneWordingRule(string Quote, IReadOnlyList<string> AcceptableExamples, IReadOnlyList<string> AvoidExamples);
