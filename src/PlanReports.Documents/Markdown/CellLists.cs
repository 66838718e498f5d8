using System.Text;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Markdown;

/// <summary>
/// Bulleted lists inside pipe-table cells, which Markdown itself cannot hold: in a table row, each <c>{-}</c> starts
/// a list item, and any text before the first one is a paragraph introducing the list:
/// <c>| April 2015 | Progress against four of the national conditions: {-} protection for adult social care {-} 7-day services | £2m |</c>.
/// Values a template writes from data cannot make a list: their braces are escaped (<c>\{</c>), and an escaped brace
/// is not a marker.
/// </summary>
internal static class CellLists
{
    /// <summary>What the parser sees instead of a marker: three private-use characters, so columns and lines keep their places.</summary>
    private const char Sentinel = '\uE000';
    private const string Marker = "{-}";

    /// <summary>Replaces the unescaped markers in table rows with sentinels, and any sentinel already in the text with U+FFFD.</summary>
    public static string Mark(string markdown)
    {
        if (markdown.IndexOf(Sentinel) < 0 && !markdown.Contains(Marker, StringComparison.Ordinal))
        {
            return markdown;
        }

        var text = new StringBuilder(markdown.Replace(Sentinel, '\uFFFD'));
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] != '\n')
            {
                lineEnd++;
            }

            var first = lineStart;
            while (first < lineEnd && text[first] is ' ' or '\t')
            {
                first++;
            }

            if (first < lineEnd && text[first] == '|')
            {
                for (var i = first; i + Marker.Length <= lineEnd; i++)
                {
                    if (text[i] == '{' && text[i + 1] == '-' && text[i + 2] == '}' && !Escaped(text, i))
                    {
                        text[i] = text[i + 1] = text[i + 2] = Sentinel;
                    }
                }
            }

            lineStart = lineEnd + 1;
        }

        return text.ToString();
    }

    /// <summary>A cell's blocks with its markers made into a list: an introducing paragraph (if any text precedes the first marker) and a bulleted list.</summary>
    public static IReadOnlyList<Block> Split(IReadOnlyList<Block> blocks)
    {
        if (blocks is not [Paragraph paragraph] || !paragraph.Inlines.Any(i => i is TextRun r && r.Text.Contains(Sentinel)))
        {
            return blocks;
        }

        var segments = new List<List<Inline>> { new() };
        foreach (var inline in paragraph.Inlines)
        {
            if (inline is not TextRun run || !run.Text.Contains(Sentinel))
            {
                segments[^1].Add(inline);
                continue;
            }

            var parts = run.Text.Split(Sentinel);
            for (var i = 0; i < parts.Length; i++)
            {
                // Three sentinels make one marker: only the first starts a new item.
                if (i > 0 && (i - 1) % 3 == 0)
                {
                    segments.Add([]);
                }

                if (parts[i].Length > 0)
                {
                    segments[^1].Add(run with { Text = parts[i] });
                }
            }
        }

        var output = new List<Block>();
        var introduction = InlineText.Trim(segments[0]);
        if (introduction.Count > 0)
        {
            output.Add(paragraph with { Inlines = introduction });
        }

        var items = segments.Skip(1)
            .Select(InlineText.Trim)
            .Where(s => s.Count > 0)
            .Select(s => new ListItem([new Paragraph(s) { Source = paragraph.Source }]))
            .ToList();
        if (items.Count > 0)
        {
            output.Add(new ListBlock(false, items) { Source = paragraph.Source });
        }

        return output;
    }

    /// <summary>Whether the character at <paramref name="index"/> follows an odd number of backslashes.</summary>
    private static bool Escaped(StringBuilder text, int index)
    {
        var count = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }
}
