using PlanReports.Documents.Model;

namespace PlanReports.Components;

/// <summary>
/// The red/amber/green scale of seed 000 section 5 with its labels and badge colours. Every badge shows the
/// label in text, so a rating is never carried by colour alone; each pair meets 4.5:1 contrast.
/// </summary>
internal static class RagRating
{
    private static readonly Colour RedFill = Colour.FromHex("#D5281B");
    private static readonly Colour AmberFill = Colour.FromHex("#FFB81C");
    private static readonly Colour GreenFill = Colour.FromHex("#007F3B");

    /// <summary>True for the store keys "red", "amber" and "green".</summary>
    public static bool IsKnown(string key) => key is "red" or "amber" or "green";

    /// <summary>"Red", "Amber" or "Green" for a store key.</summary>
    public static string Label(string key) => key switch
    {
        "red" => "Red",
        "amber" => "Amber",
        "green" => "Green",
        _ => throw new ArgumentException($"'{key}' is not a RAG rating; expected red, amber or green.", nameof(key)),
    };

    /// <summary>The badge for a store key: label text on the rating's colour.</summary>
    public static Badge Badge(string key) => key switch
    {
        "red" => new Badge(Label(key), RedFill, Colour.White),
        "amber" => new Badge(Label(key), AmberFill, Colour.FromHex("#212B32")),
        "green" => new Badge(Label(key), GreenFill, Colour.White),
        _ => throw new ArgumentException($"'{key}' is not a RAG rating; expected red, amber or green.", nameof(key)),
    };
}
