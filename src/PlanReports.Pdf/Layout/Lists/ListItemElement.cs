using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Lists;

/// <summary>
/// One list item with a hanging indent: the label (bullet or number) sits in the indent, right-aligned, on the
/// first line of the body; the body's lines all start at the indent.
/// </summary>
internal sealed class ListItemElement : LayoutElement
{
    private const double LabelGap = 5;

    private readonly ParagraphElement label;
    private readonly LayoutElement body;
    private readonly double indent;
    private readonly StructNode? node;

    internal ListItemElement(string description, SourceRef? source, ParagraphElement label, LayoutElement body, double indent, StructNode? node)
        : base(description, source)
    {
        this.label = label;
        this.body = body;
        this.indent = indent;
        this.node = node;
    }

    internal override bool IsComplete => body.IsComplete && label.IsComplete;

    internal override SpacePlan Measure(double width, double height, bool mustProgress)
    {
        if (width - indent <= 1)
        {
            throw CannotFit($"the list is nested so deep that {width - indent:0.#} pt of width is left");
        }

        if (body.IsComplete)
        {
            return SpacePlan.Full(0);
        }

        return body.Measure(width - indent, height, mustProgress);
    }

    internal override double Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        if (Measure(width, height, mustProgress).Kind == PlanKind.Nothing)
        {
            return 0;
        }

        if (!label.IsComplete)
        {
            // The LI joins the list before its label, and the label before the body: Lbl then LBody.
            node?.EnsureAttached();
            label.Draw(canvas, x, y, indent - LabelGap, height, true);
        }

        return body.IsComplete ? 0 : body.Draw(canvas, x + indent, y, width - indent, height, mustProgress);
    }
}
