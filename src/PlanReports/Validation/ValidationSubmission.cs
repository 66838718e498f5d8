namespace PlanReports.Validation;

/// <summary>A submission with what kind of round it belongs to and its stage (initial or final).</summary>
internal sealed record ValidationSubmission(string Code, string RoundKind, string Stage);
