using PlanReports.Documents.Model;

namespace PlanReports.Documents.Rendering;

/// <summary>
/// Which blocks must start on the same page as the block after them, decided once from the model so the PDF layout,
/// Word (keepNext) and print CSS (break-after: avoid) keep the same things together:
/// a heading keeps with what it heads; a paragraph that introduces what follows (it ends with a colon, or it is a
/// heading's introduction to a table, list or figure) keeps with it; and whatever comes before a letter's signature
/// keeps with it, so the closing never stands alone on the last page.
/// </summary>
public static class KeepRules
{
    /// <summary>True when <paramref name="blocks"/>[<paramref name="index"/>] must not end a page on its own.</summary>
    public static bool KeepsWithNext(IReadOnlyList<Block> blocks, int index)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (index < 0 || index + 1 >= blocks.Count)
        {
            return false;
        }

        var block = blocks[index];
        var next = blocks[index + 1];
        if (next is PageBreak || block is PageBreak || (next is Section { StartOnNewPage: true }))
        {
            return false;
        }

        return block switch
        {
            Heading => true,
            _ when next is SignatureBlock => true,
            Paragraph { Style: ParagraphStyle.Normal or ParagraphStyle.Small } p =>
                EndsWithColon(p.Inlines) || (index > 0 && blocks[index - 1] is Heading && next is Table or ListBlock or Figure),
            _ => false,
        };
    }

    private static bool EndsWithColon(IReadOnlyList<Inline> inlines)
    {
        for (var i = inlines.Count - 1; i >= 0; i--)
        {
            var text = inlines[i] switch
            {
                TextRun r => r.Text,
                Link l => string.Concat(l.Inlines.OfType<TextRun>().Select(r => r.Text)),
                _ => null,
            };
            if (text is null)
            {
                return false;
            }

            var trimmed = text.TrimEnd();
            if (trimmed.Length > 0)
            {
                return trimmed[^1] == ':';
            }
        }

        return false;
    }
}
