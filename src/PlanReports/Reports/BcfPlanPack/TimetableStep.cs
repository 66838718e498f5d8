namespace PlanReports.Reports.BcfPlanPack;

/// <summary>A date of the BCF timetable as the seed writes it, and what happens then.</summary>
internal sealed record TimetableStep(string DateText, string Action);
