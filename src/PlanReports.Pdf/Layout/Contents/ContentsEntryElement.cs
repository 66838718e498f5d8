using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Contents;

/// <summary>
/// One contents entry: its text (a link) at the left, dot leaders, and a slot at the right margin for the page its
/// target starts on, drawn once the whole document is laid out. The slot is as wide as the widest number it can
/// hold, so the text's line breaks never depend on the number. An entry is never split across pages.
/// </summary>
internal sealed class ContentsEntryElement : LayoutElement
{
    private const double Gap = 6;
    private const double DotPitch = 3;
    private const double DotRadius = 0.45;

    private readonly ParagraphElement text;
    private readonly LinkInfo link;
    private readonly string anchor;
    private readonly TextStyle numberStyle;
    private readonly double indent;
    private readonly double slotWidth;
    private readonly Colour leaderColour;

    internal ContentsEntryElement(SourceRef? source, ParagraphElement text, LinkInfo link, string anchor, TextStyle numberStyle, double indent, Colour leaderColour)
        : base("contents entry", source)
    {
        this.text = text;
        this.link = link;
        this.anchor = anchor;
        this.numberStyle = numberStyle;
        this.indent = indent;
        this.leaderColour = leaderColour;
        slotWidth = PageNumberSlots.Width(numberStyle);
    }

    internal override string Description => LayoutErrors.Describe("contents entry", link.Contents);

    internal override bool IsComplete => text.IsComplete;

    internal override SpacePlan Measure(double width, double height, bool mustProgress)
    {
        var textWidth = TextWidth(width);
        var plan = text.Measure(textWidth, height, mustProgress);
        return plan.Kind == PlanKind.Partial && !mustProgress ? SpacePlan.Nothing : plan;
    }

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        var plan = Measure(width, height, mustProgress);
        if (plan.Kind == PlanKind.Nothing)
        {
            return plan;
        }

        var first = canvas.Ops.Count;
        plan = text.Draw(canvas, x + indent, y, TextWidth(width), height, mustProgress);
        if (plan.Kind != PlanKind.Full)
        {
            return plan;
        }

        // The leaders and the number follow the entry's last line of text.
        TextOp? last = null;
        for (var i = canvas.Ops.Count - 1; i >= first && last is null; i--)
        {
            last = canvas.Ops[i].Op as TextOp;
        }

        if (last is null)
        {
            throw CannotFit("the entry has no text");
        }

        var right = x + width;
        var bounds = last.Bounds;
        var dotsStart = Math.Ceiling((bounds.Right + Gap) / DotPitch) * DotPitch;
        for (var dotX = dotsStart; dotX <= right - slotWidth - Gap; dotX += DotPitch)
        {
            canvas.Draw(new CircleOp(dotX, last.Baseline - DotRadius, DotRadius, leaderColour), null);
        }

        // The whole line, leaders and number too, follows the link, as a reader expects of a contents line.
        canvas.AddLink(new LinkArea(new PageBox(bounds.Right, bounds.Y, right - bounds.Right, bounds.Height), link.Target, link.Contents, link.Node));
        canvas.ReservePageNumber(anchor, link.Node, numberStyle, right, last.Baseline);
        return plan;
    }

    private double TextWidth(double width)
    {
        var textWidth = width - indent - slotWidth - (2 * Gap);
        if (textWidth <= 1)
        {
            throw CannotFit($"{width:0.#} pt leaves no room for the entry's text beside its page number");
        }

        return textWidth;
    }
}
