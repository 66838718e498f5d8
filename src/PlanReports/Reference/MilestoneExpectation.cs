namespace PlanReports.Reference;

/// <summary>One Annex 2 national minimum expectation for key milestones.</summary>
/// <param name="Code">A stable code assigned by PlanReports ("A2-COM-001"), for local milestones to link to.</param>
/// <param name="Category">Commissioning, health and wellbeing boards or public health.</param>
/// <param name="Quarter">The quarter it is set in.</param>
/// <param name="Audience">Whom it is addressed to.</param>
/// <param name="AudienceHeading">The seed's heading for the audience, word for word ("PCT CLUSTERS WILL NEED TO (working with Local Authorities)").</param>
/// <param name="Theme">The sub-heading it sits under ("Development of CCGs"), or null where there is none.</param>
/// <param name="Text">The expectation, word for word.</param>
/// <param name="DueAsStated">The deadline phrase inside the text ("by end March 2012"), or null where the text has none.</param>
/// <param name="DueDate">The last day of the month that phrase names, where it names a month and year.</param>
public sealed record MilestoneExpectation(
    string Code,
    MilestoneCategory Category,
    MilestoneQuarter Quarter,
    MilestoneAudience Audience,
    string AudienceHeading,
    string? Theme,
    string Text,
    string? DueAsStated,
    DateOnly? DueDate);
