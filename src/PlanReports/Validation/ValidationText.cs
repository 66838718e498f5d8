namespace PlanReports.Validation;

/// <summary>Small helpers for rules: blank text and readable lists.</summary>
internal static class ValidationText
{
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>"a, b and c" with at most <paramref name="limit"/> items named, so a long list stays readable.</summary>
    public static string List(IReadOnlyCollection<string> items, int limit = 8)
    {
        var shown = items.Take(limit).ToList();
        var more = items.Count - shown.Count;
        var text = string.Join(", ", shown);
        return more > 0 ? $"{text} and {more} more" : text;
    }
}
