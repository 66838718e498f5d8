namespace PlanReports.Reports;

/// <summary>
/// One report as its <c>report.yaml</c> describes it: which organisations get a copy, which view model feeds
/// its template, which formats it comes out in and how its files are named.
/// </summary>
/// <param name="Id">The report's folder name and output folder, e.g. "signoff-letter".</param>
/// <param name="Title">The document title; the runner appends the organisation's name.</param>
/// <param name="TargetOrganisationType">One document per organisation of this type (store type key, e.g. "sha-cluster").</param>
/// <param name="Model">The name of the registered <see cref="IReportModelSource"/> that builds the view model.</param>
/// <param name="Formats">Formats to render ("pdf", "docx", "html"), in the order given.</param>
/// <param name="FileNamePattern">File stem with placeholders {org_code}, {org_slug} and {report}.</param>
/// <param name="Orientation">Page orientation.</param>
/// <param name="Letterhead">Whether page one carries the shared letterhead.</param>
/// <param name="Folder">The folder holding report.yaml and template.md.</param>
public sealed record ReportDefinition(
    string Id,
    string Title,
    string TargetOrganisationType,
    string Model,
    IReadOnlyList<string> Formats,
    string FileNamePattern,
    PageOrientation Orientation,
    bool Letterhead,
    string Folder)
{
    /// <summary>The template file name inside <see cref="Folder"/>.</summary>
    public const string TemplateFileName = "template.md";

    /// <summary>The definition file name inside <see cref="Folder"/>.</summary>
    public const string DefinitionFileName = "report.yaml";

    /// <summary>Full path of the template.</summary>
    public string TemplatePath => Path.Combine(Folder, TemplateFileName);
}
