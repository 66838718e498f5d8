using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>Errors that name the element and the template line, so the reader knows what to change and where.</summary>
internal static class LayoutErrors
{
    internal static InvalidOperationException CannotFit(string description, SourceRef? source, string reason)
    {
        var where = source is null ? "no source recorded" : source.ToString();
        return new InvalidOperationException($"The {description} ({where}) cannot fit on the page: {reason}.");
    }

    internal static string Describe(string kind, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return kind;
        }

        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 40 ? $"{kind} \"{flat}\"" : $"{kind} \"{flat[..40]}…\"";
    }
}
