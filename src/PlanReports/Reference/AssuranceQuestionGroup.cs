namespace PlanReports.Reference;

/// <summary>The Annex 3 questions for one assurance domain.</summary>
/// <param name="DomainCode">The <see cref="AssuranceDomain.Code"/> the questions support.</param>
/// <param name="Heading">Annex 3's heading for the group, word for word ("Overarching").</param>
/// <param name="Questions">The questions in seed order.</param>
public sealed record AssuranceQuestionGroup(string DomainCode, string Heading, IReadOnlyList<AssuranceQuestion> Questions);
