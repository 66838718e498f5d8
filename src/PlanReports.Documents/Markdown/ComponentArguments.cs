using System.Text;

namespace PlanReports.Documents.Markdown;

/// <summary>
/// Parses the arguments after a component name: <c>key=value</c> pairs separated by spaces; values may be "quoted".
/// A backslash before ASCII punctuation stands for that character, as in Markdown text: templates escape data for
/// Markdown, so an organisation code "C34-10" arrives as <c>C34\-10</c> and must reach the component as written.
/// </summary>
internal static class ComponentArguments
{
    /// <summary>The arguments sorted by key, so every consumer sees them in one stable order.</summary>
    /// <exception cref="FormatException">The text is not a list of key=value pairs, or a key repeats.</exception>
    public static SortedDictionary<string, string> Parse(string? text)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var s = text ?? string.Empty;
        var i = 0;
        while (true)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            if (i >= s.Length)
            {
                return result;
            }

            var keyStart = i;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or '_'))
            {
                i++;
            }

            var key = s[keyStart..i];
            if (key.Length == 0 || i >= s.Length || s[i] != '=')
            {
                throw new FormatException($"component arguments are key=value pairs; '{s[keyStart..]}' is not");
            }

            i++;
            var value = ReadValue(s, ref i);
            if (!result.TryAdd(key, value))
            {
                throw new FormatException($"the argument '{key}' is given twice");
            }
        }
    }

    private static string ReadValue(string s, ref int i)
    {
        if (i < s.Length && s[i] == '"')
        {
            var value = new StringBuilder();
            for (i++; i < s.Length; i++)
            {
                if (IsEscape(s, i))
                {
                    value.Append(s[++i]);
                }
                else if (s[i] == '"')
                {
                    i++;
                    if (i < s.Length && !char.IsWhiteSpace(s[i]))
                    {
                        throw new FormatException("a quoted value must be followed by a space or the end of the line");
                    }

                    return value.ToString();
                }
                else
                {
                    value.Append(s[i]);
                }
            }

            throw new FormatException("a quoted value is not closed with \"");
        }

        var plain = new StringBuilder();
        while (i < s.Length && !char.IsWhiteSpace(s[i]))
        {
            if (IsEscape(s, i))
            {
                i++;
            }
            else if (s[i] == '"')
            {
                throw new FormatException("a value with a quote must be quoted as a whole: key=\"…\"");
            }

            plain.Append(s[i]);
            i++;
        }

        return plain.ToString();
    }

    // CommonMark's backslash escape: a backslash before any ASCII punctuation character.
    private static bool IsEscape(string s, int i) =>
        s[i] == '\\' && i + 1 < s.Length && char.IsAscii(s[i + 1]) && (char.IsPunctuation(s[i + 1]) || char.IsSymbol(s[i + 1]));
}
