namespace PlanReports.Validation;

/// <summary>The findings of one validation run, sorted by organisation, severity, rule, submission and message.</summary>
/// <param name="Findings">Every finding.</param>
/// <param name="Organisations">The organisations the findings are about, by code.</param>
/// <param name="Rules">Every rule that ran, in run order, with its count.</param>
public sealed record ValidationReport(
    IReadOnlyList<Finding> Findings,
    IReadOnlyDictionary<string, ValidationOrganisation> Organisations,
    IReadOnlyList<ValidationRuleInfo> Rules)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>True when nothing was found.</summary>
    public bool IsClean => Findings.Count == 0;
}
