using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>
/// A paragraph or heading: broken into lines for the width offered, drawn line by line across pages. Keeps at
/// least two lines at the foot and at the head of a page (orphans and widows) unless the page is empty.
/// </summary>
internal sealed class ParagraphElement : LayoutElement
{
    private const int MinimumLines = 2;

    private readonly IReadOnlyList<InlineSpan> spans;
    private readonly TextStyle defaultStyle;
    private readonly double lineHeight;
    private readonly TextAlignment alignment;
    private readonly StructNode? node;
    private readonly ParagraphBox? box;
    private readonly HeadingInfo? heading;
    private readonly LineBreaker breaker;
    private IReadOnlyList<TextLine>? lines;
    private double linesWidth = double.NaN;
    private int nextLine;
    private bool drawn;

    internal ParagraphElement(
        string description,
        SourceRef? source,
        IReadOnlyList<InlineSpan> spans,
        TextStyle defaultStyle,
        double lineHeight,
        TextAlignment alignment,
        StructNode? node,
        ParagraphBox? box = null,
        HeadingInfo? heading = null,
        LineBreaker? breaker = null)
        : base(description, source)
    {
        this.breaker = breaker ?? new LineBreaker();
        this.spans = spans;
        this.defaultStyle = defaultStyle;
        this.lineHeight = lineHeight;
        this.alignment = alignment;
        this.node = node;
        this.box = box;
        this.heading = heading;
    }

    /// <summary>Space above a heading, left out at the top of a page.</summary>
    internal double SpacingBefore { get; init; }

    internal override bool IsComplete => drawn || (lines is not null && nextLine >= lines.Count);

    internal override bool KeepWithNext => heading is not null;

    /// <summary>The kind given ("paragraph", "heading 2") with the start of the text, worked out only for an error.</summary>
    internal override string Description => LayoutErrors.Describe(base.Description, string.Concat(spans.Select(s => s.Text)));

    internal override SpacePlan Measure(double width, double height, bool mustProgress)
    {
        var (count, used) = Fit(width, height, mustProgress);
        if (count == 0)
        {
            return SpacePlan.Nothing;
        }

        return nextLine + count == lines!.Count ? SpacePlan.Full(used) : SpacePlan.Partial(used);
    }

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        var (count, used) = Fit(width, height, mustProgress);
        if (count == 0)
        {
            return SpacePlan.Nothing;
        }

        var complete = nextLine + count == lines!.Count;

        var top = y + Before(mustProgress);
        var inset = box?.Padding ?? 0;
        if (box is not null)
        {
            var boxHeight = used - Before(mustProgress);
            canvas.Draw(new RectOp(new PageBox(x, top, width, boxHeight), box.Fill), null);
            canvas.Draw(new RectOp(new PageBox(x, top, box.BorderWidth, boxHeight), box.Border), null);
            inset += box.BorderWidth;
        }

        if (heading is not null && nextLine == 0)
        {
            canvas.AddOutline(heading.Level, heading.Title, top);
            if (heading.Id is not null)
            {
                canvas.AddDestination(heading.Id, top);
            }
        }

        var lineTop = top + (box?.Padding ?? 0);
        var innerWidth = width - inset - (box?.Padding ?? 0);
        for (var i = 0; i < count; i++)
        {
            var line = lines![nextLine + i];
            var offset = alignment switch
            {
                TextAlignment.Right => innerWidth - line.Width,
                TextAlignment.Centre => (innerWidth - line.Width) / 2,
                _ => 0,
            };
            TextDrawing.DrawLine(canvas, line, x + inset + offset, lineTop, node);
            lineTop += line.Height;
        }

        nextLine += count;
        if (complete)
        {
            // The lines (and their glyphs) are on the page now: a long document keeps none of them.
            drawn = true;
            lines = null;
        }

        return complete ? SpacePlan.Full(used) : SpacePlan.Partial(used);
    }

    /// <summary>Joins the structure tree now, before any text is drawn (a list label precedes its body).</summary>
    internal void AttachStructure() => node?.EnsureAttached();

    private double Before(bool mustProgress) => nextLine == 0 && !mustProgress ? SpacingBefore : 0;

    private (int Count, double Height) Fit(double width, double height, bool mustProgress)
    {
        if (drawn)
        {
            return (0, 0);
        }

        var all = Lines(width);
        var remaining = all.Count - nextLine;
        if (remaining <= 0)
        {
            return (0, 0);
        }

        var padding = box is null ? 0 : 2 * box.Padding;
        var available = height - Before(mustProgress) - padding;
        var count = 0;
        double used = 0;
        while (count < remaining && used + all[nextLine + count].Height <= available + 0.001)
        {
            used += all[nextLine + count].Height;
            count++;
        }

        if (count < remaining && !mustProgress)
        {
            // Orphans: never leave fewer than two lines at the foot of a page; widows: never carry fewer than two over.
            if (remaining - count < MinimumLines)
            {
                count = remaining - MinimumLines;
            }

            if (count < MinimumLines)
            {
                count = 0;
            }

            used = 0;
            for (var i = 0; i < count; i++)
            {
                used += all[nextLine + i].Height;
            }
        }

        if (count == 0)
        {
            if (mustProgress)
            {
                throw CannotFit($"one line is {all[nextLine].Height:0.#} pt high and the page has {available:0.#} pt");
            }

            return (0, 0);
        }

        return (count, used + Before(mustProgress) + padding);
    }

    private IReadOnlyList<TextLine> Lines(double width)
    {
        if (lines is not null && (nextLine > 0 || Math.Abs(width - linesWidth) < 0.001))
        {
            // Once drawing has begun the lines are fixed; a continuation is always offered the same width.
            return lines;
        }

        var inner = width - (box is null ? 0 : (2 * box.Padding) + box.BorderWidth);
        if (inner <= 1)
        {
            throw CannotFit($"only {inner:0.#} pt of width is left for its text");
        }

        var broken = breaker.BreakLines(spans, inner, defaultStyle, lineHeight);
        foreach (var line in broken)
        {
            if (line.Width > inner + 0.01)
            {
                throw CannotFit($"a badge {line.Width:0.#} pt wide is wider than the {inner:0.#} pt available");
            }
        }

        lines = broken;
        linesWidth = width;
        return broken;
    }
}
