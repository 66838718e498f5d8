using System.Text;
using System.Text.RegularExpressions;

namespace PlanReports.Tests.Reference;

/// <summary>
/// A seed file's text reduced to its words, so reference strings can be found in it although the PDF extraction
/// broke lines, repeated page headers and footers, kept HTML and Markdown marks, and used bullet glyphs. Nothing
/// else is changed: spelling, punctuation and quotation marks must match exactly.
/// </summary>
internal sealed partial class SeedText
{
    /// <summary>Lines that are page furniture, per seed: running headers, footers and page numbers.</summary>
    private static readonly Dictionary<string, string[]> Furniture = new(StringComparer.Ordinal)
    {
        ["000_f26d820336565d5e.txt"] =
        [
            "COMMISSIONING",
            "The Integrated Approach to Planning and Assurance between DH and the NHS for 2012/13",
            "26",
        ],
    };

    private SeedText(string fileName, string normalised)
    {
        FileName = fileName;
        Normalised = normalised;
    }

    public string FileName { get; }

    public string Normalised { get; }

    public static SeedText Load(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.SeedsDirectory, fileName);
        var furniture = Furniture.GetValueOrDefault(fileName, []);
        var kept = File.ReadAllLines(path).Where(line => !furniture.Contains(line.Trim(), StringComparer.Ordinal));
        return new SeedText(fileName, Normalise(string.Join('\n', kept)));
    }

    /// <summary>The same reduction applied to a string from the YAML, so both sides compare like for like.</summary>
    public static string Normalise(string text)
    {
        var withoutTags = HtmlTag().Replace(text, " ");
        var builder = new StringBuilder(withoutTags.Length);
        foreach (var character in withoutTags)
        {
            // Bullet glyphs: U+F0B7 (Symbol-font bullet in the private use area) and U+2022.
            var isBullet = character is '\u2022' || (character >= '\uE000' && character <= '\uF8FF');
            builder.Append(isBullet || char.IsWhiteSpace(character) ? ' ' : character);
        }

        var withoutEmphasis = builder.ToString().Replace("**", string.Empty, StringComparison.Ordinal);
        return Whitespace().Replace(withoutEmphasis, " ").Trim();
    }

    public bool Contains(string text) => Normalised.Contains(Normalise(text), StringComparison.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
