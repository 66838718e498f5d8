using PlanReports.Documents.Model;

namespace PlanReports.Documents.Markdown;

/// <summary>Tidies converted inlines so the model holds text as an author would describe it.</summary>
internal static class InlineText
{
    /// <summary>Joins neighbouring text runs of the same emphasis (Markdig splits text at every delimiter it considered).</summary>
    public static List<Inline> MergeRuns(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextRun run && merged.Count > 0 && merged[^1] is TextRun last
                && last.Bold == run.Bold && last.Italic == run.Italic)
            {
                merged[^1] = last with { Text = last.Text + run.Text };
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged;
    }

    /// <summary>Removes whitespace Markdig leaves at the ends of a paragraph (before a trailing {.class}, for example).</summary>
    public static List<Inline> Trim(List<Inline> inlines)
    {
        if (inlines.Count > 0 && inlines[0] is TextRun first)
        {
            inlines[0] = first with { Text = first.Text.TrimStart() };
        }

        if (inlines.Count > 0 && inlines[^1] is TextRun last)
        {
            inlines[^1] = last with { Text = last.Text.TrimEnd() };
        }

        inlines.RemoveAll(i => i is TextRun { Text.Length: 0 });
        return inlines;
    }

    /// <summary>The plain text of inlines, for captions and error messages.</summary>
    public static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun run => run.Text,
        Link link => PlainText(link.Inlines),
        Badge badge => badge.Text,
        LineBreak => " ",
        _ => string.Empty,
    }));
}
