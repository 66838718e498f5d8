using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanReports.Validation;

/// <summary>
/// Writes a validation report as JSON for machines: stable key order, organisations sorted by code, findings in
/// the report's order, rules in run order; no timestamps, so equal stores give equal bytes.
/// </summary>
public static class ValidationJsonWriter
{
    public static void Write(ValidationReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteStartArray("organisations");
        foreach (var group in report.Findings.GroupBy(f => f.OrganisationCode))
        {
            var organisation = report.Organisations[group.Key];
            json.WriteStartObject();
            json.WriteString("code", organisation.Code);
            json.WriteString("name", organisation.Name);
            json.WriteString("type", organisation.Type);
            json.WriteNumber("errors", group.Count(f => f.Severity == Severity.Error));
            json.WriteNumber("warnings", group.Count(f => f.Severity == Severity.Warning));
            json.WriteStartArray("findings");
            foreach (var finding in group)
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.RuleId);
                json.WriteString("severity", finding.Severity == Severity.Error ? "error" : "warning");
                if (finding.SubmissionCode is null)
                {
                    json.WriteNull("submission");
                }
                else
                {
                    json.WriteString("submission", finding.SubmissionCode);
                }

                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("description", rule.Description);
            json.WriteNumber("findings", rule.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
