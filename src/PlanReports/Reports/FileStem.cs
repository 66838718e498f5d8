using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanReports.Reports;

/// <summary>
/// Builds output file stems from a report's pattern and data. Data never reaches the file system unsanitised:
/// every placeholder value becomes a lowercase slug of a-z, 0-9 and hyphens, so no path characters survive.
/// </summary>
public static partial class FileStem
{
    private static readonly string[] Placeholders = ["org_code", "org_slug", "report"];

    /// <summary>Checks a pattern uses only known placeholders and literal slug characters.</summary>
    public static void CheckPattern(string pattern, Func<string, Exception> fail)
    {
        ArgumentNullException.ThrowIfNull(fail);
        foreach (Match m in PlaceholderPattern().Matches(pattern))
        {
            if (!Placeholders.Contains(m.Groups[1].Value))
            {
                throw fail($"file_name placeholder '{{{m.Groups[1].Value}}}' is unknown; use {{org_code}}, {{org_slug}} or {{report}}");
            }
        }

        var literal = PlaceholderPattern().Replace(pattern, string.Empty);
        if (literal.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')))
        {
            throw fail($"file_name '{pattern}' may hold only placeholders, lowercase letters, digits, '-' and '_'");
        }
    }

    /// <summary>
    /// The longest stem: with the extension and the temporary name around it (<c>.STEM.docx.PID.partial</c>), a
    /// file name stays well inside the 255 bytes file systems allow.
    /// </summary>
    public const int MaxLength = 120;

    /// <summary>
    /// Fills the pattern; every value is slugged. A stem longer than <see cref="MaxLength"/> is cut and ends with a
    /// hyphen and 8 hex digits of the SHA-256 of the whole stem, so it stays unique and the same run to run.
    /// </summary>
    public static string Build(string pattern, string reportId, string organisationCode, string organisationName)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var stem = PlaceholderPattern().Replace(pattern, m => m.Groups[1].Value switch
        {
            "org_code" => Slug(organisationCode),
            "org_slug" => Slug(organisationName),
            _ => Slug(reportId),
        });
        if (stem.Length <= MaxLength)
        {
            return stem;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stem)))[..8];
        return stem[..(MaxLength - hash.Length - 1)].TrimEnd('-', '_') + "-" + hash;
    }

    /// <summary>Lowercase ASCII slug: letters and digits kept (accents folded), everything else one hyphen.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
            {
                sb.Append(lower);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "unnamed" : slug;
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
