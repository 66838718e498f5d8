namespace PlanReports.Documents.Markdown.Inlines;

/// <summary>Which link targets a document may carry: web and mail addresses and anchors in the same document.</summary>
internal static class LinkTargets
{
    public static bool IsAllowed(string target) =>
        target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith('#');
}
