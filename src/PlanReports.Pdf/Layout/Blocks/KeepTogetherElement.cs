using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Blocks;

/// <summary>Content moved whole to the next page when it does not fit; split only when it is taller than a whole page.</summary>
internal sealed class KeepTogetherElement : LayoutElement
{
    private readonly LayoutElement content;
    private bool started;

    internal KeepTogetherElement(string description, SourceRef? source, LayoutElement content)
        : base(description, source)
    {
        this.content = content;
    }

    internal override bool IsComplete => content.IsComplete;

    internal override bool KeepWithNext => content.KeepWithNext;

    internal override SpacePlan Measure(double width, double height, bool mustProgress)
    {
        var plan = content.Measure(width, height, mustProgress);
        if (plan.Kind == PlanKind.Full || mustProgress || started)
        {
            return plan;
        }

        return SpacePlan.Nothing;
    }

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        if (!started && !mustProgress && content.Measure(width, height, false).Kind != PlanKind.Full)
        {
            return SpacePlan.Nothing;
        }

        started = true;
        return content.Draw(canvas, x, y, width, height, mustProgress);
    }
}
