namespace PlanReports.Reports.BcfPlanPack;

/// <summary>
/// A submission of the Better Care Fund round (seed 003 Annex I ¶58–59): its date in words, its name, and whether it
/// is the first cut ('initial') or the revised plan ('final'), which decides the paragraph the pack quotes.
/// </summary>
internal sealed record TimetableStep(string DateText, string Action, string Stage);
