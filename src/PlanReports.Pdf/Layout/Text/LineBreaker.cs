using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>
/// Greedy line breaking: breaks at spaces and after hyphens; a word wider than the line is split between glyphs.
/// Spaces stay in the text (so copied text has them) except at the end of a line.
/// </summary>
internal sealed class LineBreaker
{
    // Working lists, reused from paragraph to paragraph: a document has one breaker per layout, on one thread.
    private readonly List<TextPiece> pieces = [];
    private readonly List<TextPiece> current = [];

    /// <summary>Breaks <paramref name="spans"/> with a breaker of its own (for a one-off piece of text).</summary>
    internal static IReadOnlyList<TextLine> Break(IReadOnlyList<InlineSpan> spans, double width, TextStyle defaultStyle, double lineHeight) =>
        new LineBreaker().BreakLines(spans, width, defaultStyle, lineHeight);

    /// <summary>Breaks <paramref name="spans"/> into lines no wider than <paramref name="width"/>.</summary>
    internal IReadOnlyList<TextLine> BreakLines(IReadOnlyList<InlineSpan> spans, double width, TextStyle defaultStyle, double lineHeight)
    {
        pieces.Clear();
        current.Clear();
        for (var i = 0; i < spans.Count; i++)
        {
            AddPieces(spans[i], pieces);
        }

        var lines = new List<TextLine>();
        double used = 0;
        foreach (var piece in pieces)
        {
            if (piece.IsBreak)
            {
                lines.Add(Build(current, defaultStyle, lineHeight, forcedBreak: true));
                current.Clear();
                used = 0;
                continue;
            }

            if (current.Count > 0 && used + piece.TrimmedWidth > width + 0.001)
            {
                lines.Add(Build(current, defaultStyle, lineHeight, softBreak: true));
                current.Clear();
                used = 0;
            }

            if (current.Count == 0 && piece.TrimmedWidth > width + 0.001 && piece.BadgeFill is null)
            {
                // A word longer than the whole line: split it between glyphs, one full line at a time.
                var rest = piece;
                while (rest.TrimmedWidth > width + 0.001 && rest.Trimmed.Length > 1)
                {
                    var (head, tail) = SplitAt(rest, width);
                    current.Add(head);
                    lines.Add(Build(current, defaultStyle, lineHeight));
                    current.Clear();
                    rest = tail;
                }

                current.Add(rest);
                used = rest.Width;
                continue;
            }

            current.Add(piece);
            used += piece.Width;
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(Build(current, defaultStyle, lineHeight));
        }

        pieces.Clear();
        current.Clear();
        return lines;
    }

    private static void AddPieces(InlineSpan span, List<TextPiece> pieces)
    {
        if (span.IsBreak)
        {
            pieces.Add(new TextPiece([], [], 0, 0, span.Style, null, null, IsBreak: true));
            return;
        }

        if (span.BadgeFill is not null)
        {
            // A badge never breaks inside: it is one box.
            var shaped = span.Style.Face.Shape(span.Text);
            var w = shaped.Width(span.Style.Size) + (2 * TextPiece.BadgePadding);
            pieces.Add(new TextPiece(shaped.Glyphs, shaped.Glyphs, w, w, span.Style, span.Link, span.BadgeFill, false));
            return;
        }

        var text = span.Text;
        var start = 0;
        while (start < text.Length)
        {
            var length = WordLength(text, start);
            var shaped = span.Style.Face.Shape(text.AsSpan(start, length));
            start += length;
            pieces.Add(new TextPiece(
                shaped.Glyphs,
                shaped.Trimmed,
                shaped.Width(span.Style.Size),
                shaped.TrimmedAdvance * span.Style.Size / shaped.Face.UnitsPerEm,
                span.Style,
                span.Link,
                null,
                false));
        }
    }

    /// <summary>Splits text after each run of spaces and after a hyphen that follows a letter or digit.</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var length = WordLength(text, start);
            yield return text.Substring(start, length);
            start += length;
        }
    }

    /// <summary>The length of the word that begins at <paramref name="start"/>, with its trailing spaces or hyphen.</summary>
    private static int WordLength(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                while (i + 1 < text.Length && text[i + 1] == ' ')
                {
                    i++;
                }

                return i + 1 - start;
            }

            if ((c == '-' || c == '\u2010') && i > start && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && text[i + 1] != ' ')
            {
                return i + 1 - start;
            }
        }

        return text.Length - start;
    }

    private static (TextPiece Head, TextPiece Tail) SplitAt(TextPiece piece, double width)
    {
        var scale = piece.Style.Size / piece.Style.Face.UnitsPerEm;
        var count = 0;
        double w = 0;
        while (count < piece.Trimmed.Length && (count == 0 || w + (piece.Trimmed[count].Advance * scale) <= width + 0.001))
        {
            w += piece.Trimmed[count].Advance * scale;
            count++;
        }

        count = Math.Min(count, piece.Trimmed.Length - 1);
        var headGlyphs = piece.Glyphs.Take(count).ToArray();
        var tailGlyphs = piece.Glyphs.Skip(count).ToArray();
        var tailTrimmed = TrimTrailingSpaces(tailGlyphs);
        var head = piece with { Glyphs = headGlyphs, Trimmed = headGlyphs, Width = Advance(headGlyphs) * scale, TrimmedWidth = Advance(headGlyphs) * scale };
        var tail = piece with { Glyphs = tailGlyphs, Trimmed = tailTrimmed, Width = Advance(tailGlyphs) * scale, TrimmedWidth = Advance(tailTrimmed) * scale };
        return (head, tail);
    }

    /// <summary>
    /// Builds a line: one fragment per run of pieces with the same look and link (a badge is always its own), each
    /// drawing its words' own glyph arrays. The space that ends a soft-broken line is kept as an invisible glyph, and
    /// a forced break gets one, so text extracted from the page or the structure tree does not run words together.
    /// </summary>
    private static TextLine Build(List<TextPiece> pieces, TextStyle defaultStyle, double lineHeight, bool softBreak = false, bool forcedBreak = false)
    {
        // The first of the largest pieces sets the baseline (plain loops: this runs once per line of the document).
        var reference = defaultStyle;
        var runs = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i == 0 || pieces[i].Style.Size > reference.Size)
            {
                reference = pieces[i].Style;
            }

            if (i == 0 || !SameRun(pieces[i - 1], pieces[i]))
            {
                runs++;
            }
        }

        var fragments = new LineFragment[runs];
        double x = 0;
        var start = 0;
        for (var r = 0; r < runs; r++)
        {
            var end = start + 1;
            while (end < pieces.Count && SameRun(pieces[end - 1], pieces[end]))
            {
                end++;
            }

            var lastPiece = pieces[end - 1];
            var space = end == pieces.Count && forcedBreak && lastPiece.BadgeFill is null ? lastPiece.Style.Face.Shape(" ").Glyphs : null;
            var parts = new ShapedGlyph[end - start + (space is null ? 0 : 1)][];
            double runWidth = 0;
            for (var i = start; i < end; i++)
            {
                var p = pieces[i];
                var last = i == pieces.Count - 1;
                parts[i - start] = last && !softBreak ? p.Trimmed : p.Glyphs;
                runWidth += last ? p.TrimmedWidth : p.Width;
            }

            if (space is not null)
            {
                parts[^1] = space;
            }

            var first = pieces[start];
            fragments[r] = new LineFragment(x, runWidth, new GlyphRun(parts), first.Style, first.Link, first.BadgeFill);
            x += runWidth;
            start = end;
        }

        var height = reference.Size * lineHeight;
        var content = reference.Ascent + reference.Descent;
        var baseline = ((height - content) / 2) + reference.Ascent;
        return new TextLine(fragments, x, height, baseline);
    }

    /// <summary>Whether two neighbouring pieces draw as one text op: same look and link, and neither a badge.</summary>
    private static bool SameRun(in TextPiece a, in TextPiece b) =>
        a.BadgeFill is null && b.BadgeFill is null && a.Style == b.Style && ReferenceEquals(a.Link, b.Link);

    private static ShapedGlyph[] TrimTrailingSpaces(IReadOnlyList<ShapedGlyph> glyphs)
    {
        var end = glyphs.Count;
        while (end > 0 && string.IsNullOrWhiteSpace(glyphs[end - 1].Text) && glyphs[end - 1].Text.Length > 0)
        {
            end--;
        }

        return glyphs.Take(end).ToArray();
    }

    private static int Advance(IEnumerable<ShapedGlyph> glyphs) => glyphs.Sum(g => g.Advance);
}
