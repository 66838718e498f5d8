namespace PlanReports.Documents.Rendering;

/// <summary>
/// Which link targets a document may carry: web and mail addresses and anchors in the same document. Templates
/// with any other target are rejected; renderers write a link with any other target (it may come from data) as
/// its text alone, so javascript:, data: and file paths never become live links in any format.
/// </summary>
public static class LinkTargets
{
    /// <summary>True for http:, https:, mailto: and #anchor targets.</summary>
    public static bool IsAllowed(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith('#');
    }
}
