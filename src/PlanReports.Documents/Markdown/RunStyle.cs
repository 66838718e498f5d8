namespace PlanReports.Documents.Markdown;

/// <summary>The emphasis in force while converting nested inlines.</summary>
internal readonly record struct RunStyle(bool Bold, bool Italic)
{
    public static RunStyle Plain { get; } = new(false, false);
}
