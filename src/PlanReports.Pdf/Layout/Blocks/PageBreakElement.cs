namespace PlanReports.Pdf.Layout.Blocks;

/// <summary>
/// Ends the page: takes the rest of the page the first time, and completes at the top of the next. At the top of
/// a page it completes at once, so a break never leaves an empty page.
/// </summary>
internal sealed class PageBreakElement : LayoutElement
{
    private bool done;

    internal PageBreakElement(string description)
        : base(description, null)
    {
    }

    internal override bool IsComplete => done;

    internal override SpacePlan Measure(double width, double height, bool mustProgress) =>
        mustProgress ? SpacePlan.Full(0) : SpacePlan.Partial(height);

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        if (mustProgress)
        {
            done = true;
            return SpacePlan.Full(0);
        }

        return SpacePlan.Partial(height);
    }
}
