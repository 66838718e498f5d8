namespace PlanReports.Pdf.Layout;

/// <summary>A bookmark taken from a heading.</summary>
internal sealed record OutlineEntry(int Level, string Title, Destination Target);
