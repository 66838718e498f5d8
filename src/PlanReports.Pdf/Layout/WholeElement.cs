namespace PlanReports.Pdf.Layout;

/// <summary>
/// An element that is never split (a chart under its caption): it fits whole where its height fits and moves to
/// the next page otherwise. Subclasses give the height for a width and draw it; the paging rules live here once.
/// </summary>
internal abstract class WholeElement : LayoutElement
{
    private bool done;

    protected WholeElement(string description, Documents.Model.SourceRef? source)
        : base(description, source)
    {
    }

    internal override bool IsComplete => done;

    internal override SpacePlan Measure(double width, double height, bool mustProgress)
    {
        var total = Height(width);
        if (total <= height + 0.001)
        {
            return SpacePlan.Full(total);
        }

        return mustProgress ? throw CannotFit($"the chart is {total:0.#} pt high and the page has {height:0.#} pt") : SpacePlan.Nothing;
    }

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        var total = Height(width);
        if (total > height + 0.001)
        {
            return Measure(width, height, mustProgress);
        }

        DrawWhole(canvas, x, y, width, height);
        done = true;
        return SpacePlan.Full(total);
    }

    /// <summary>The whole element's height at <paramref name="width"/>.</summary>
    protected abstract double Height(double width);

    /// <summary>Draws the whole element; called only where <see cref="Height"/> fits.</summary>
    protected abstract void DrawWhole(PageCanvas canvas, double x, double y, double width, double height);
}
