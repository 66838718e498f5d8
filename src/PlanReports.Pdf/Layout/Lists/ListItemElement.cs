using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Lists;

/// <summary>
/// One list item with a hanging indent: the label (bullet or number) sits in the indent, right-aligned, on the
/// first line of the body; the body's lines all start at the indent.
/// </summary>
internal sealed class ListItemElement : LayoutElement
{
    /// <summary>Space between the label and the item's text.</summary>
    internal const double LabelGap = 5;

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

        var plan = body.IsComplete ? SpacePlan.Full(0) : body.Measure(width - indent, height, mustProgress);
        if (label.IsComplete || plan.Kind == PlanKind.Nothing && !body.IsComplete)
        {
            return plan;
        }

        // The label sits on the body's first line; it needs its own height when the body is empty or shorter.
        var labelPlan = label.Measure(indent - LabelGap, height, mustProgress);
        if (labelPlan.Kind != PlanKind.Full)
        {
            return SpacePlan.Nothing;
        }

        return plan with { Height = Math.Max(plan.Height, labelPlan.Height) };
    }

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        if (label.IsComplete)
        {
            return body.IsComplete ? SpacePlan.Full(0) : body.Draw(canvas, x + indent, y, width - indent, height, mustProgress);
        }

        // The label must fit beside the first line; then the body draws (measuring itself once), then the label.
        var labelPlan = label.Measure(indent - LabelGap, height, mustProgress);
        if (labelPlan.Kind != PlanKind.Full || width - indent <= 1)
        {
            return Measure(width, height, mustProgress);
        }

        // The LI joins the list before its label, and the label before the body: Lbl then LBody.
        node?.EnsureAttached();
        label.AttachStructure();
        var bodyPlan = body.IsComplete ? SpacePlan.Full(0) : body.Draw(canvas, x + indent, y, width - indent, height, mustProgress);
        if (bodyPlan.Kind == PlanKind.Nothing)
        {
            return bodyPlan;
        }

        label.Draw(canvas, x, y, indent - LabelGap, height, true);
        return bodyPlan with { Height = Math.Max(bodyPlan.Height, labelPlan.Height) };
    }
}
