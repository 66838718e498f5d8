using System.Globalization;

namespace PlanReports.Validation;

/// <summary>Writes a validation report for people: a summary line, findings per organisation with counts, then counts per rule.</summary>
public static class ValidationTextWriter
{
    public static void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Validation: {report.Errors} error(s), {report.Warnings} warning(s) in {report.Organisations.Count} organisation(s); {report.Rules.Count} rules checked."));
        foreach (var group in report.Findings.GroupBy(f => f.OrganisationCode))
        {
            var organisation = report.Organisations[group.Key];
            var errors = group.Count(f => f.Severity == Severity.Error);
            var warnings = group.Count() - errors;
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{organisation.Code} {organisation.Name} ({organisation.Type}): {errors} error(s), {warnings} warning(s)"));
            foreach (var finding in group)
            {
                var severity = finding.Severity == Severity.Error ? "error  " : "warning";
                var submission = finding.SubmissionCode is null ? string.Empty : $" [{finding.SubmissionCode}]";
                output.WriteLine($"  {severity} {finding.RuleId}{submission}: {finding.Message}");
            }
        }

        output.WriteLine();
        output.WriteLine("By rule:");
        var width = report.Rules.Max(r => r.Id.Length);
        foreach (var rule in report.Rules)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.Id.PadRight(width)}  {rule.Findings,5}"));
        }
    }
}
