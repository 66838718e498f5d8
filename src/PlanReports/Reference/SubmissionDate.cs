namespace PlanReports.Reference;

/// <summary>A submission of a planning round.</summary>
/// <param name="Kind">Initial or final.</param>
/// <param name="Date">The date the seed gives.</param>
/// <param name="Quote">The seed's sentence stating it, word for word.</param>
public sealed record SubmissionDate(SubmissionKind Kind, DateOnly Date, string Quote);
