using System.Net;
using System.Text;
using PlanReports.Validation;

namespace PlanReports.Batch;

/// <summary>
/// <c>index.html</c> beside <c>manifest.json</c>: what an analyst opens after a run. It lists every document in the
/// manifest by report and organisation (pages, links to each file), the documents that failed in the run, and the
/// validation findings per organisation. One H1, then H2 and H3; tables with header cells scoped; every value from
/// data escaped. Built only from sorted data, with no clock, so equal runs give the same bytes.
/// </summary>
internal static class IndexPage
{
    /// <summary>The page's file name in the output folder.</summary>
    public const string FileName = "index.html";

    private static readonly string[] FormatOrder = ["pdf", "docx", "html"];

    /// <summary>The page for <paramref name="manifest"/>, this run's <paramref name="failures"/> and <paramref name="validation"/> (null when it was not run).</summary>
    public static byte[] Build(
        Manifest manifest,
        IReadOnlyList<DocumentFailure> failures,
        ValidationReport? validation,
        IReadOnlyDictionary<string, string> reportTitles,
        IReadOnlyDictionary<string, string> organisationNames,
        bool illustrative)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>PlanReports documents</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><p class=\"service\">PlanReports</p></header>\n<main>\n<h1>PlanReports documents</h1>\n");

        var documents = manifest.Documents.GroupBy(d => (d.Report, d.Organisation)).ToList();
        html.Append("<p>").Append(Count(documents.Count, "document")).Append(" in ").Append(Count(manifest.Documents.Count, "file"))
            .Append(", ").Append(Count(failures.Count, "failed document")).Append(" in the last run");
        if (validation is not null)
        {
            html.Append(", ").Append(Count(validation.Errors, "validation error")).Append(" and ").Append(Count(validation.Warnings, "warning"));
        }

        html.Append(".</p>\n");
        if (illustrative)
        {
            html.Append("<p class=\"notice\"><strong>Illustrative data:</strong> these documents were rendered from illustrative data, not from real plans.</p>\n");
        }

        WriteDocuments(html, documents, reportTitles, organisationNames);
        WriteFailures(html, failures, reportTitles);
        WriteFindings(html, validation, organisationNames);
        html.Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void WriteDocuments(
        StringBuilder html,
        List<IGrouping<(string Report, string Organisation), ManifestEntry>> documents,
        IReadOnlyDictionary<string, string> reportTitles,
        IReadOnlyDictionary<string, string> organisationNames)
    {
        html.Append("<section aria-labelledby=\"documents\">\n<h2 id=\"documents\">Documents</h2>\n");
        if (documents.Count == 0)
        {
            html.Append("<p>The manifest lists no documents.</p>\n");
        }

        foreach (var report in documents.GroupBy(d => d.Key.Report, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var title = reportTitles.GetValueOrDefault(report.Key, report.Key);
            html.Append("<h3>").Append(Text(title)).Append("</h3>\n<table>\n<caption>")
                .Append(Text(title)).Append(": ").Append(Count(report.Count(), "document")).Append(" (report ").Append(Text(report.Key)).Append(")</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Organisation</th><th scope=\"col\">Code</th><th scope=\"col\" class=\"number\">PDF pages</th><th scope=\"col\">Files</th></tr></thead>\n<tbody>\n");
            foreach (var document in report.OrderBy(d => d.Key.Organisation, StringComparer.Ordinal))
            {
                var name = organisationNames.GetValueOrDefault(document.Key.Organisation, document.Key.Organisation);
                var pages = document.FirstOrDefault(e => e.Pages is not null)?.Pages;
                html.Append("<tr><th scope=\"row\">").Append(Text(name)).Append("</th><td>").Append(Text(document.Key.Organisation))
                    .Append("</td><td class=\"number\">").Append(pages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")
                    .Append("</td><td>");
                var links = document.OrderBy(e => Array.IndexOf(FormatOrder, e.Format)).ThenBy(e => e.Format, StringComparer.Ordinal)
                    .Select(e => $"<a href=\"{Attribute(Href(e.Path))}\">{Text(e.Format.ToUpperInvariant())}<span class=\"hidden\"> of {Text(title)} for {Text(name)}</span></a>");
                html.Append(string.Join(" ", links)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteFailures(StringBuilder html, IReadOnlyList<DocumentFailure> failures, IReadOnlyDictionary<string, string> reportTitles)
    {
        html.Append("<section aria-labelledby=\"failed\">\n<h2 id=\"failed\">Failed documents</h2>\n");
        if (failures.Count == 0)
        {
            html.Append("<p>No document failed in the last run.</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>Documents the last run could not make, with the cause</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Report</th><th scope=\"col\">Organisation</th><th scope=\"col\">Cause</th></tr></thead>\n<tbody>\n");
        foreach (var failure in failures.OrderBy(f => f.Report, StringComparer.Ordinal).ThenBy(f => f.Organisation, StringComparer.Ordinal).ThenBy(f => f.Cause, StringComparer.Ordinal))
        {
            var organisation = failure.Organisation == "*" ? "every organisation" : $"{failure.OrganisationName} ({failure.Organisation})";
            html.Append("<tr><th scope=\"row\">").Append(Text(reportTitles.GetValueOrDefault(failure.Report, failure.Report)))
                .Append("</th><td>").Append(Text(organisation)).Append("</td><td>").Append(Text(failure.Cause)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteFindings(StringBuilder html, ValidationReport? validation, IReadOnlyDictionary<string, string> organisationNames)
    {
        html.Append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Validation findings</h2>\n");
        if (validation is null)
        {
            html.Append("<p>The store was not validated in this run.</p>\n</section>\n");
            return;
        }

        if (validation.Findings.Count == 0)
        {
            html.Append("<p>Validation found nothing to report.</p>\n</section>\n");
            return;
        }

        foreach (var organisation in validation.Findings.GroupBy(f => f.OrganisationCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = validation.Organisations.TryGetValue(organisation.Key, out var known)
                ? known.Name
                : organisationNames.GetValueOrDefault(organisation.Key, organisation.Key);
            html.Append("<h3>").Append(Text($"{name} ({organisation.Key})")).Append("</h3>\n<table>\n<caption>")
                .Append(Text(Count(organisation.Count(), "finding"))).Append(" for ").Append(Text(name)).Append("</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th><th scope=\"col\">Submission</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n");
            foreach (var finding in organisation.OrderBy(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal)
                         .ThenBy(f => f.SubmissionCode, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal))
            {
                html.Append("<tr><th scope=\"row\">").Append(finding.Severity == Severity.Error ? "Error" : "Warning")
                    .Append("</th><td>").Append(Text(finding.RuleId)).Append("</td><td>").Append(Text(finding.SubmissionCode ?? "none"))
                    .Append("</td><td>").Append(Text(finding.Message)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static string Count(int n, string noun) =>
        n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Text(string value) => WebUtility.HtmlEncode(value);

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    // Manifest paths are checked to stay inside the output folder; each segment is percent-encoded for the URL.
    private static string Href(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private const string Style = """
        body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 1rem; line-height: 1.5; color: #212b32; margin: 0; }
        header { background: #005eb8; color: #fff; padding: 0.5rem 1.5rem; }
        header .service { margin: 0; font-weight: bold; }
        main { max-width: 70rem; padding: 0 1.5rem 2rem; }
        h1 { font-size: 2rem; margin: 1.5rem 0 1rem; }
        h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        .notice { border-left: 0.4rem solid #ffb81c; padding-left: 0.75rem; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
        caption { text-align: left; color: #4c6272; padding: 0.25rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem; border-bottom: 1px solid #d8dde0; }
        thead th { border-bottom: 2px solid #212b32; }
        tbody th { font-weight: normal; }
        .number { text-align: right; }
        a { color: #005eb8; }
        a:focus { outline: 3px solid #ffb81c; background: #ffeb3b; color: #212b32; }
        .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

        """;
}
