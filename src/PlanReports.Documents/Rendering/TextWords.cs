namespace PlanReports.Documents.Rendering;

/// <summary>
/// Words as the line breakers cut them: each with the spaces that follow it, and split after a hyphen inside a word.
/// A no-break space (U+00A0, U+202F, U+2007) does not end a word ("In\u00A0progress" is one).
/// </summary>
public static class TextWords
{
    /// <summary>The words of <paramref name="text"/>, each cut out as a string.</summary>
    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cursor = new WordCursor(text);
        while (cursor.MoveNext(out var start, out var length))
        {
            yield return text.Substring(start, length);
        }
    }

    /// <summary>
    /// The width of the widest word of <paramref name="text"/>, each measured in place (no word is cut out as a
    /// string); 0 for a text without words.
    /// </summary>
    public static double Widest(string text, ITextMeasure measure, bool bold, double size)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        double widest = 0;
        var cursor = new WordCursor(text);
        while (cursor.MoveNext(out var start, out var length))
        {
            widest = Math.Max(widest, measure.Width(text.AsSpan(start, length), bold, size));
        }

        return widest;
    }

    /// <summary>A space a line may break at; a no-break space joins two words into one.</summary>
    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');

    /// <summary>Walks the words of a text as positions in it.</summary>
    private struct WordCursor(string text)
    {
        private int start;
        private int next;

        public bool MoveNext(out int wordStart, out int length)
        {
            while (next < text.Length)
            {
                var i = next++;
                var c = text[i];
                if (IsBreakingSpace(c))
                {
                    while (i + 1 < text.Length && IsBreakingSpace(text[i + 1]))
                    {
                        i++;
                    }

                    next = i + 1;
                    var from = start;
                    start = i + 1;
                    if (text.AsSpan(from, i + 1 - from).Trim().Length > 0)
                    {
                        (wordStart, length) = (from, i + 1 - from);
                        return true;
                    }
                }
                else if ((c == '-' || c == '\u2010') && i > start && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && !IsBreakingSpace(text[i + 1]))
                {
                    (wordStart, length) = (start, i + 1 - start);
                    start = i + 1;
                    return true;
                }
            }

            if (start < text.Length)
            {
                (wordStart, length) = (start, text.Length - start);
                start = text.Length;
                return true;
            }

            (wordStart, length) = (0, 0);
            return false;
        }
    }
}
