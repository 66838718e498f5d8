using System.Text;

namespace PlanReports.Docx.Conversion;

/// <summary>
/// Makes text from data safe to store in XML 1.0. Characters XML cannot hold (C0 controls other than tab and
/// line breaks, U+FFFE, U+FFFF) are removed, and a lone surrogate becomes U+FFFD, so bad data never stops a
/// document from being written.
/// </summary>
internal static class XmlSafeText
{
    /// <summary>Returns <paramref name="text"/> with every character XML cannot hold removed or replaced.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsClean(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (IsAllowed(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Cleans and also folds tabs and line breaks into single spaces, for one-line values (properties, labels).</summary>
    public static string CleanLine(string? text)
    {
        var clean = Clean(text);
        if (clean.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
        {
            return clean;
        }

        return clean.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' && c is not (>= '\u007F' and <= '\u009F'));
}
