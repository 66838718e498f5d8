using System.Globalization;
using System.Text;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Projection;

/// <summary>
/// A readable text form of document blocks for golden files: one line per block with its template line, inlines
/// written Markdown-like (**bold**, _italic_, [text](target), ⏎ for a line break), nesting shown by indent.
/// </summary>
internal static class ModelProjection
{
    public static string Of(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            Write(block, 0, text);
        }

        return text.ToString();
    }

    public static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(Inline));

    private static void Write(Block block, int depth, StringBuilder text)
    {
        var indent = new string(' ', depth * 2);
        var line = block.Source is { } s ? $"L{s.Line.ToString(CultureInfo.InvariantCulture)} " : "L? ";
        switch (block)
        {
            case Heading h:
                Append(text, indent, line, $"heading {h.Level}{(h.Id is null ? string.Empty : " #" + h.Id)}: {Inlines(h.Inlines)}");
                break;
            case Paragraph p:
                Append(text, indent, line, $"paragraph{Modifiers(p)}: {Inlines(p.Inlines)}");
                break;
            case ListBlock l:
                Append(text, indent, line, l.Ordered ? $"numbered list from {l.Start}" : "bulleted list");
                foreach (var item in l.Items)
                {
                    Append(text, indent, "  ", "item");
                    foreach (var child in item.Blocks)
                    {
                        Write(child, depth + 2, text);
                    }
                }

                break;
            case Table t:
                WriteTable(t, indent, line, text);
                break;
            case PageBreak:
                Append(text, indent, line, "page break");
                break;
            case KeyValueList kv:
                Append(text, indent, line, "key-value list");
                foreach (var item in kv.Items)
                {
                    Append(text, indent, "  ", $"{item.Key}: {Inlines(item.Value)}");
                }

                break;
            case AddressBlock a:
                Append(text, indent, line, $"address {a.Alignment.ToString().ToLowerInvariant()}: {string.Join(" / ", a.Lines)}");
                break;
            case SignatureBlock sig:
                Append(text, indent, line, $"signature: {sig.Closing} / {sig.Name} / {sig.Role} / {sig.Organisation}");
                break;
            case Figure f:
                Append(text, indent, line, $"figure \"{f.Caption}\" alt=\"{f.AltText}\" bars={f.Chart.Bars.Count}");
                break;
            case KeepTogether k:
                Append(text, indent, line, "keep together");
                foreach (var child in k.Blocks)
                {
                    Write(child, depth + 1, text);
                }

                break;
            case Section sec:
                Append(text, indent, line, sec.StartOnNewPage ? "section on new page" : "section");
                foreach (var child in sec.Blocks)
                {
                    Write(child, depth + 1, text);
                }

                break;
            default:
                throw new ArgumentException($"No projection for {block.GetType().Name}.", nameof(block));
        }
    }

    private static void WriteTable(Table t, string indent, string line, StringBuilder text)
    {
        var columns = string.Join(", ", t.Columns.Select(c => $"{c.RelativeWidth.ToString(CultureInfo.InvariantCulture)} {c.Alignment.ToString().ToLowerInvariant()}"));
        Append(text, indent, line, $"table{(t.Caption is null ? string.Empty : $" \"{t.Caption}\"")} columns [{columns}]");
        foreach (var row in t.HeaderRows)
        {
            Append(text, indent, "  ", "header " + Row(row));
        }

        foreach (var group in t.Groups)
        {
            Append(text, indent, "  ", group.Label is null ? "group" : $"group \"{group.Label}\"");
            foreach (var row in group.Rows)
            {
                Append(text, indent, "    ", "row " + Row(row));
            }
        }
    }

    private static string Row(TableRow row) =>
        "| " + string.Join(" | ", row.Cells.Select(Cell)) + " |";

    private static string Cell(TableCell cell)
    {
        var scope = cell.Scope switch { CellScope.Column => "th(col) ", CellScope.Row => "th(row) ", _ => string.Empty };
        var shading = cell.Shading is { } c ? $"bg #{c.ToHex()} " : string.Empty;
        var span = cell.ColumnSpan > 1 ? $"span {cell.ColumnSpan} " : string.Empty;
        var content = string.Join(" ¶ ", cell.Blocks.Select(b => b is Paragraph p ? Inlines(p.Inlines) : "{" + b.GetType().Name + "}"));
        return scope + shading + span + content;
    }

    private static string Modifiers(Paragraph p)
    {
        var parts = new List<string>();
        if (p.Style != ParagraphStyle.Normal)
        {
            parts.Add(p.Style.ToString().ToLowerInvariant());
        }

        if (p.Alignment != TextAlignment.Left)
        {
            parts.Add(p.Alignment.ToString().ToLowerInvariant());
        }

        return parts.Count == 0 ? string.Empty : " " + string.Join(' ', parts);
    }

    private static string Inline(Inline inline) => inline switch
    {
        TextRun { Bold: true, Italic: true } r => $"**_{r.Text}_**",
        TextRun { Bold: true } r => $"**{r.Text}**",
        TextRun { Italic: true } r => $"_{r.Text}_",
        TextRun r => r.Text,
        Link l => $"[{Inlines(l.Inlines)}]({l.Target})",
        LineBreak => "⏎",
        Badge b => $"{{badge {b.Text} #{b.Background.ToHex()} on #{b.Foreground.ToHex()}}}",
        PageNumberField { Kind: PageNumberKind.Current } => "{page}",
        PageNumberField => "{pages}",
        _ => throw new ArgumentException($"No projection for {inline.GetType().Name}.", nameof(inline)),
    };

    private static void Append(StringBuilder text, string indent, string prefix, string content) =>
        text.Append(indent).Append(prefix).Append(content).Append('\n');
}
