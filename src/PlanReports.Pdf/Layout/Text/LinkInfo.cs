namespace PlanReports.Pdf.Layout.Text;

/// <summary>A link's target and its Link structure element (null when the text is an artifact).</summary>
internal sealed record LinkInfo(string Target, string Contents, StructNode? Node);
