namespace PlanReports.Pdf.Layout;

/// <summary>A clickable area on a page: a URI or an internal "#id" target, with its visible text for /Contents.</summary>
internal sealed record LinkArea(PageBox Box, string Target, string Contents, StructNode? Node);
