namespace PlanReports.Reference;

/// <summary>One column of the narrative assurance template and when it is required.</summary>
/// <param name="Part">Which part.</param>
/// <param name="Heading">The template's heading for it, word for word ("RAG rating" where the seed names it in prose).</param>
/// <param name="RequiredIn">Which submissions require it.</param>
/// <param name="Note">The seed's own words on when it is required, or null.</param>
public sealed record AssurancePartDefinition(AssurancePart Part, string Heading, SubmissionScope RequiredIn, string? Note);
