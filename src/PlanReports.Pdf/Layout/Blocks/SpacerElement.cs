namespace PlanReports.Pdf.Layout.Blocks;

/// <summary>Empty vertical space (the room for a handwritten signature); dropped at the top of a page.</summary>
internal sealed class SpacerElement : LayoutElement
{
    private readonly double size;
    private bool done;

    internal SpacerElement(string description, double size)
        : base(description, null)
    {
        this.size = size;
    }

    internal override bool IsComplete => done;

    internal override SpacePlan Measure(double width, double height, bool mustProgress) =>
        mustProgress ? SpacePlan.Full(0) : SpacePlan.Full(Math.Min(size, height));

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        done = true;
        return SpacePlan.Full(mustProgress ? 0 : Math.Min(size, height));
    }
}
