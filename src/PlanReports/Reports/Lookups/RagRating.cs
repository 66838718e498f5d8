using PlanReports.Documents.Model;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// A red, amber or green rating with its label and the colours every document shows it in. The label always
/// travels with the colour, so a rating is never shown by colour alone.
/// </summary>
/// <param name="Code">The store's value: 'red', 'amber' or 'green'.</param>
/// <param name="Label">The word a reader sees: "Red", "Amber", "Green".</param>
/// <param name="Severity">2 for red, 1 for amber, 0 for green, so the worst sorts first.</param>
/// <param name="Background">Badge background (NHS identity colours).</param>
/// <param name="Foreground">Text colour on that background, at least 4.5:1 contrast.</param>
internal sealed record RagRating(string Code, string Label, int Severity, Colour Background, Colour Foreground)
{
    /// <summary>NHS red with white text.</summary>
    public static RagRating Red { get; } = new("red", "Red", 2, Colour.FromHex("#DA291C"), Colour.White);

    /// <summary>NHS warm yellow with black text: the amber a reader of NHS documents expects.</summary>
    public static RagRating Amber { get; } = new("amber", "Amber", 1, Colour.FromHex("#FFB81C"), Colour.Black);

    /// <summary>NHS dark green with white text (the lighter NHS green fails 4.5:1 with white).</summary>
    public static RagRating Green { get; } = new("green", "Green", 0, Colour.FromHex("#006747"), Colour.White);

    /// <summary>The scale, worst first.</summary>
    public static IReadOnlyList<RagRating> Scale { get; } = [Red, Amber, Green];

    /// <summary>The rating a store value names.</summary>
    /// <exception cref="ArgumentException">The value is not 'red', 'amber' or 'green'.</exception>
    public static RagRating Of(string code) => code switch
    {
        "red" => Red,
        "amber" => Amber,
        "green" => Green,
        _ => throw new ArgumentException($"'{code}' is not a RAG rating; the store allows red, amber or green.", nameof(code)),
    };

    /// <summary>The badge a document shows for this rating.</summary>
    public Badge ToBadge() => new(Label, Background, Foreground);
}
