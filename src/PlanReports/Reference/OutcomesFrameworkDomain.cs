namespace PlanReports.Reference;

/// <summary>An NHS Outcomes Framework domain as the Operating Framework annex numbers and names it.</summary>
/// <param name="Number">1 to 5.</param>
/// <param name="Name">The domain's name, word for word.</param>
public sealed record OutcomesFrameworkDomain(int Number, string Name);
