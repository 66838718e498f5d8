namespace PlanReports.Workbooks;

/// <summary>What a written template holds.</summary>
/// <param name="Title">The workbook's title.</param>
/// <param name="Submission">The submission it is for.</param>
/// <param name="Sheets">Its input sheets.</param>
public sealed record TemplateSummary(string Title, string Submission, IReadOnlyList<TemplateSheet> Sheets);
