namespace PlanReports.Pdf.Layout;

/// <summary>A place in the document: page index and the y of the top of the target, in layout coordinates.</summary>
internal readonly record struct Destination(int Page, double Y);
