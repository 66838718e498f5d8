using PlanReports.Documents.Model;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// A red, amber or green rating as the families read it from the store, with its label and severity. Its badge
/// comes from the one shared scale in <see cref="Components.RagRating"/>, so a rating looks the same in the
/// sign-off letter, the assurance letters, the packs and the summaries, and always carries its word.
/// </summary>
/// <param name="Code">The store's value: 'red', 'amber' or 'green'.</param>
/// <param name="Severity">2 for red, 1 for amber, 0 for green, so the worst sorts first.</param>
internal sealed record Rag(string Code, int Severity)
{
    /// <summary>Red.</summary>
    public static Rag Red { get; } = new("red", 2);

    /// <summary>Amber.</summary>
    public static Rag Amber { get; } = new("amber", 1);

    /// <summary>Green.</summary>
    public static Rag Green { get; } = new("green", 0);

    /// <summary>The scale, worst first.</summary>
    public static IReadOnlyList<Rag> Scale { get; } = [Red, Amber, Green];

    /// <summary>The word a reader sees: "Red", "Amber", "Green".</summary>
    public string Label => Components.RagRating.Label(Code);

    /// <summary>The rating a store value names.</summary>
    /// <exception cref="ArgumentException">The value is not 'red', 'amber' or 'green'.</exception>
    public static Rag Of(string code) => code switch
    {
        "red" => Red,
        "amber" => Amber,
        "green" => Green,
        _ => throw new ArgumentException($"'{code}' is not a RAG rating; the store allows red, amber or green.", nameof(code)),
    };

    /// <summary>The badge a document shows for this rating.</summary>
    public Badge ToBadge() => Components.RagRating.Badge(Code);
}
