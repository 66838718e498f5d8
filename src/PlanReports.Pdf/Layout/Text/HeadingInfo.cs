namespace PlanReports.Pdf.Layout.Text;

/// <summary>What a heading adds to the document: a bookmark at its level and, when it has one, an anchor id.</summary>
internal sealed record HeadingInfo(int Level, string Title, string? Id);
