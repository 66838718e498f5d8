namespace PlanReports.Reports.SignoffLetter;

/// <summary>One part of the submission (seed 000 section 2) and whether DH assured it.</summary>
public sealed record SubmissionPart(int Position, string Part, bool Assured, string Comment);
