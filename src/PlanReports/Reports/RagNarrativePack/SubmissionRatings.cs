using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>A PCT cluster's 13 domain assessments in one submission, for the rating profile from January to April.</summary>
internal sealed record SubmissionRatings(Submission Submission, IReadOnlyList<DomainAssessment> Assessments);
