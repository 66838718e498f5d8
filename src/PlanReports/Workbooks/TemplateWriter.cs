using PlanReports.Batch;
using PlanReports.Store;

namespace PlanReports.Workbooks;

/// <summary>The <c>template</c> command's work: the workbook an organisation fills in, pre-filled from the store.</summary>
public static class TemplateWriter
{
    /// <summary>
    /// Writes the workbook for <paramref name="organisation"/> (a PCT cluster or a health and wellbeing board) to
    /// <paramref name="path"/>, atomically, and returns what it holds.
    /// </summary>
    /// <exception cref="WorkbookTemplateException">No workbook fits the organisation or round.</exception>
    public static TemplateSummary Write(PlanStore store, string organisation, string? round, string path)
    {
        ArgumentNullException.ThrowIfNull(store);
        WorkbookLayout layout;
        using (var connection = store.OpenReadOnly())
        {
            layout = WorkbookTemplates.Build(connection, organisation, round);
        }

        using var buffer = new MemoryStream();
        WorkbookWriter.Write(layout, buffer);
        AtomicFile.Write(path, buffer.ToArray());
        return new TemplateSummary(layout.Title, layout.SubmissionCode,
            layout.Sheets.Where(s => s.Table is not null).Select(s => new TemplateSheet(s.Name, s.Table!, s.Rows.Count)).ToList());
    }
}
