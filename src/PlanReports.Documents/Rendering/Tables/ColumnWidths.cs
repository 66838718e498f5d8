using PlanReports.Documents.Model;

namespace PlanReports.Documents.Rendering.Tables;

/// <summary>
/// The widths of a table's columns, shared by the PDF and DOCX renderers: each column takes its relative share of
/// the table, but never less than its longest word (header included), so no word is broken letter by letter where
/// the page has room. The columns that must grow take what they need from the others, in proportion to what those
/// have to spare above their own longest words.
/// </summary>
public static class ColumnWidths
{
    /// <summary>
    /// Widths in points that add up to <paramref name="tableWidth"/>. When even the longest words together are wider
    /// than the table, each column gets a share in proportion to its longest word, and words wider than their column
    /// are broken as a last resort (a template should shorten such a header).
    /// </summary>
    public static double[] Compute(IReadOnlyList<double> relative, IReadOnlyList<double> minimum, double tableWidth)
    {
        ArgumentNullException.ThrowIfNull(relative);
        ArgumentNullException.ThrowIfNull(minimum);
        var count = relative.Count;
        var widths = new double[count];
        if (count == 0)
        {
            return widths;
        }

        var shares = relative.Select(r => double.IsFinite(r) && r > 0 ? r : 1).ToArray();
        var floors = Enumerable.Range(0, count).Select(i => i < minimum.Count && double.IsFinite(minimum[i]) ? Math.Max(0, minimum[i]) : 0).ToArray();
        var needed = floors.Sum();
        if (needed >= tableWidth)
        {
            for (var i = 0; i < count; i++)
            {
                widths[i] = needed > 0 ? tableWidth * floors[i] / needed : tableWidth / count;
            }

            return widths;
        }

        // Columns held at their floor; the rest share what remains by their relative widths. Each pass fixes at least
        // one more column or stops, so this ends within count passes.
        var held = new bool[count];
        while (true)
        {
            var remaining = tableWidth - Enumerable.Range(0, count).Where(i => held[i]).Sum(i => floors[i]);
            var free = Enumerable.Range(0, count).Where(i => !held[i]).Sum(i => shares[i]);
            var changed = false;
            for (var i = 0; i < count; i++)
            {
                if (held[i])
                {
                    widths[i] = floors[i];
                    continue;
                }

                widths[i] = remaining * shares[i] / free;
                if (widths[i] < floors[i])
                {
                    held[i] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return widths;
            }
        }
    }

    /// <summary>
    /// The narrowest each column may be: its widest unbreakable word in any cell that spans it alone, plus the cell's
    /// padding on both sides and its border. Header cells and row headers are measured bold, as they are drawn.
    /// </summary>
    public static double[] Minimum(Table table, ITextMeasure measure, double textSize, double padding, double listIndent)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(measure);
        var minimum = new double[table.Columns.Count];
        void Visit(TableRow row, bool header)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var span = Math.Max(1, cell.ColumnSpan);
                if (span == 1 && column < minimum.Length)
                {
                    var bold = header || cell.Scope != CellScope.None;
                    var word = WidestWord(cell.Blocks, measure, bold, textSize, listIndent, 0);
                    minimum[column] = Math.Max(minimum[column], word + (2 * padding) + 1);
                }

                column += span;
            }
        }

        foreach (var row in table.HeaderRows)
        {
            Visit(row, header: true);
        }

        foreach (var row in table.BodyRows)
        {
            Visit(row, header: false);
        }

        return minimum;
    }

    /// <summary>The widest word of the blocks, with the indent of the lists it sits in.</summary>
    private static double WidestWord(IEnumerable<Block> blocks, ITextMeasure measure, bool bold, double size, double listIndent, double indent)
    {
        double widest = 0;
        foreach (var block in blocks)
        {
            var width = block switch
            {
                Paragraph p => indent + WidestWord(p.Inlines, measure, bold, size),
                ListBlock l => WidestItem(l, measure, bold, size, listIndent, indent + listIndent),
                KeepTogether k => WidestWord(k.Blocks, measure, bold, size, listIndent, indent),
                Section s => WidestWord(s.Blocks, measure, bold, size, listIndent, indent),
                _ => 0,
            };
            widest = Math.Max(widest, width);
        }

        return widest;
    }

    private static double WidestItem(ListBlock list, ITextMeasure measure, bool bold, double size, double listIndent, double indent)
    {
        double widest = 0;
        foreach (var item in list.Items)
        {
            widest = Math.Max(widest, WidestWord(item.Blocks, measure, bold, size, listIndent, indent));
        }

        return widest;
    }

    private static double WidestWord(IEnumerable<Inline> inlines, ITextMeasure measure, bool bold, double size)
    {
        double widest = 0;
        foreach (var inline in inlines)
        {
            var width = inline switch
            {
                TextRun r => measure.WidestWord(r.Text, bold || r.Bold, size),
                Link l => WidestWord(l.Inlines, measure, bold, size),

                // A badge never breaks: it is one box, with padding either side.
                Badge b => measure.Width(b.Text, true, size) + BadgePadding,
                _ => 0,
            };
            widest = Math.Max(widest, width);
        }

        return widest;
    }

    /// <summary>The horizontal padding of a badge, both sides together.</summary>
    private const double BadgePadding = 6;

    /// <summary>Words as the line breakers cut them (see <see cref="TextWords"/>).</summary>
    public static IEnumerable<string> Words(string text) => TextWords.Of(text);
}
