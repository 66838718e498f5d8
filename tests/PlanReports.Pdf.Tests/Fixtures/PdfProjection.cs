using System.Globalization;
using System.Text;
using PlanReports.Pdf.Layout;
using UglyToad.PdfPig;

namespace PlanReports.Pdf.Tests.Fixtures;

/// <summary>
/// A readable projection of a PDF for snapshots: each page's text lines in reading order, as PdfPig (an independent
/// parser) reads them, and the structure tree with the text of each element.
/// </summary>
internal static class PdfProjection
{
    /// <summary>Text lines per page: letters grouped by baseline, top to bottom, left to right.</summary>
    internal static string Pages(byte[] pdf)
    {
        var sb = new StringBuilder();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            sb.Append("--- page ").Append(page.Number.ToString(CultureInfo.InvariantCulture)).Append(" ---\n");
            foreach (var line in Lines(page))
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    internal static IEnumerable<string> Lines(UglyToad.PdfPig.Content.Page page) =>
        page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 0))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var sb = new StringBuilder();
                UglyToad.PdfPig.Content.Letter? previous = null;
                foreach (var letter in g.OrderBy(l => l.StartBaseLine.X))
                {
                    if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 2 && letter.Value != " ")
                    {
                        // A gap wider than a space: the next column of a table or key-value list.
                        var trimmed = sb.ToString().TrimEnd();
                        sb.Clear().Append(trimmed).Append(" | ");
                    }

                    sb.Append(letter.Value);
                    previous = letter;
                }

                return sb.ToString().TrimEnd();
            });

    /// <summary>The structure tree: one element per line, indented, with its attributes and the text it marks.</summary>
    internal static string Structure(LaidOut layout)
    {
        var text = new Dictionary<(int Page, int Mcid), StringBuilder>();
        foreach (var page in layout.Pages)
        {
            foreach (var op in page.Ops.Where(o => o.Node is not null))
            {
                if (!text.TryGetValue((page.Index, op.Mcid), out var sb))
                {
                    sb = new StringBuilder();
                    text[(page.Index, op.Mcid)] = sb;
                }

                if (op.Op is TextOp t)
                {
                    sb.Append(string.Concat(t.Glyphs.Select(g => g.Text)));
                }
            }
        }

        var result = new StringBuilder();
        Write(layout.Root, 0, text, result);
        return result.ToString();
    }

    private static void Write(StructNode node, int depth, Dictionary<(int, int), StringBuilder> text, StringBuilder result)
    {
        result.Append(' ', depth * 2).Append(node.Type);
        if (node.Scope is not null)
        {
            result.Append(" scope=").Append(node.Scope);
        }

        if (node.Alt is not null)
        {
            result.Append(" alt=\"").Append(node.Alt).Append('"');
        }

        var own = string.Concat(node.Kids.OfType<MarkedContentKid>().Select(k => text.TryGetValue((k.Page, k.Mcid), out var sb) ? sb.ToString() : string.Empty));
        if (own.Length > 0 && node.Type != "Figure")
        {
            result.Append(": ").Append(own);
        }

        if (node.Kids.OfType<AnnotationKid>().Any())
        {
            result.Append(" [link annotation]");
        }

        result.Append('\n');
        foreach (var kid in node.Kids.OfType<StructNodeKid>())
        {
            Write(kid.Node, depth + 1, text, result);
        }
    }
}
