using DocumentFormat.OpenXml.Packaging;
using PlanReports.Documents.Packaging;

namespace PlanReports.Workbooks;

/// <summary>
/// docProps/core.xml: title, subject, creator, and created/modified both set to the submission's due date (never the
/// clock), so the file is the same on every run.
/// </summary>
internal static class WorkbookProperties
{
    public static void Write(CoreFilePropertiesPart part, WorkbookLayout layout)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        CorePropertiesXml.Write(stream, new PackageCoreProperties(
            Title: layout.Title,
            Subject: $"{layout.RoundName}: {layout.SubmissionName}",
            Creator: "PlanReports",
            Language: "en-GB",
            Date: layout.DueOn));
    }
}
