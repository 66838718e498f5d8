using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// A piece of the page flow, as QuestPDF's elements are: <see cref="Measure"/> answers what would fit in the space
/// offered without side effects; <see cref="Draw"/> draws exactly that and remembers how far it got, so the
/// element continues on the next page.
/// </summary>
internal abstract class LayoutElement
{
    private readonly string description;

    protected LayoutElement(string description, SourceRef? source)
    {
        this.description = description;
        Source = source;
    }

    /// <summary>What the element is, for error messages ("paragraph 'Dear …'").</summary>
    internal virtual string Description => description;

    /// <summary>The template line that produced the element, when known.</summary>
    internal SourceRef? Source { get; }

    /// <summary>True when everything has been drawn.</summary>
    internal abstract bool IsComplete { get; }

    /// <summary>Space left below the element before the next block.</summary>
    internal double SpacingAfter { get; init; }

    /// <summary>True for headings: they move to the next page with the block that follows.</summary>
    internal virtual bool KeepWithNext => false;

    /// <summary>
    /// What would fit in <paramref name="width"/> × <paramref name="height"/>. When <paramref name="mustProgress"/>
    /// is set the element stands at the top of an empty page and must draw something or throw.
    /// </summary>
    internal abstract SpacePlan Measure(double width, double height, bool mustProgress);

    /// <summary>
    /// Draws at (x, y) what <see cref="Measure"/> would promise for the same space, advances, and returns that plan.
    /// Parents call Draw without measuring first, so each level measures its children once per page.
    /// </summary>
    internal abstract SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress);

    /// <summary>
    /// True when <paramref name="element"/> fits whole in <paramref name="available"/> with at least the start of
    /// <paramref name="next"/> after it: how a heading, or a table's group label, keeps with what it introduces.
    /// </summary>
    protected static bool FitsWithStartOf(LayoutElement element, LayoutElement next, double width, double available)
    {
        var plan = element.Measure(width, available, false);
        return plan.Kind == PlanKind.Full
            && next.Measure(width, available - plan.Height - element.SpacingAfter, false).Kind != PlanKind.Nothing;
    }

    /// <summary>The error for content that cannot fit even on an empty page.</summary>
    protected InvalidOperationException CannotFit(string reason) => LayoutErrors.CannotFit(Description, Source, reason);
}
