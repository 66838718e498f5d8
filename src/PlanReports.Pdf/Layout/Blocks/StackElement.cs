using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Blocks;

/// <summary>
/// Blocks one under another, with each block's spacing between them. A heading moves to the next page when
/// the block after it would not start on this one. Children are made when the layout first reaches them and let go
/// once drawn, so a document thousands of pages long only ever holds the elements of the page being laid out.
/// </summary>
internal sealed class StackElement : LayoutElement
{
    private readonly Func<int, LayoutElement> create;
    private readonly Func<int, bool> keepsWithNext;
    private readonly LayoutElement?[] made;
    private int next;

    internal StackElement(string description, SourceRef? source, IReadOnlyList<LayoutElement> children)
        : this(description, source, children.Count, i => children[i])
    {
    }

    /// <summary>A stack of <paramref name="count"/> children, child i made by <paramref name="create"/>(i) when needed.</summary>
    /// <param name="keepsWithNext">Whether child i must start on the same page as child i + 1 (besides what the child says itself).</param>
    internal StackElement(string description, SourceRef? source, int count, Func<int, LayoutElement> create, Func<int, bool>? keepsWithNext = null)
        : base(description, source)
    {
        this.create = create;
        this.keepsWithNext = keepsWithNext ?? (_ => false);
        made = new LayoutElement?[count];
    }

    internal override bool IsComplete
    {
        get
        {
            Skip();
            return next >= made.Length;
        }
    }

    internal override bool KeepWithNext => made.Length > 0 && Child(made.Length - 1).KeepWithNext && next < made.Length;

    internal override SpacePlan Measure(double width, double height, bool mustProgress) =>
        Run(null, 0, 0, width, height, mustProgress);

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress) =>
        Run(canvas, x, y, width, height, mustProgress);

    /// <summary>One loop for measuring (canvas null, no side effects) and drawing, so both always agree.</summary>
    private SpacePlan Run(PageCanvas? canvas, double x, double y, double width, double height, bool mustProgress)
    {
        Skip();
        double used = 0;
        var drew = false;
        for (var i = next; i < made.Length; i++)
        {
            var child = Child(i);
            if (child.IsComplete)
            {
                continue;
            }

            var first = mustProgress && !drew;
            var available = height - used;
            SpacePlan plan;
            if (!first && KeepsWithNext(i) && !FitsWithFollowing(i, width, available))
            {
                plan = SpacePlan.Nothing;
            }
            else
            {
                plan = canvas is null ? child.Measure(width, available, first) : child.Draw(canvas, x, y + used, width, available, first);
            }

            if (plan.Kind == PlanKind.Nothing)
            {
                return drew ? SpacePlan.Partial(used) : SpacePlan.Nothing;
            }

            used += plan.Height;

            // Something of zero height (a completed page break) does not fill the page: what follows is still first.
            drew |= plan.Height > 0;
            if (plan.Kind == PlanKind.Partial)
            {
                return SpacePlan.Partial(used);
            }

            if (i + 1 < made.Length)
            {
                used = Math.Min(height, used + child.SpacingAfter);
            }
        }

        if (canvas is not null)
        {
            Array.Clear(made, next, made.Length - next);
            next = made.Length;
        }

        return SpacePlan.Full(used);
    }

    private LayoutElement Child(int index) => made[index] ??= create(index);

    private bool KeepsWithNext(int index) => index + 1 < made.Length && (Child(index).KeepWithNext || keepsWithNext(index));

    /// <summary>
    /// True when child <paramref name="index"/> fits whole with the start of the next child, following the chain while
    /// each next child keeps with its own next: a heading, its introduction and the first rows of its table.
    /// </summary>
    private bool FitsWithFollowing(int index, double width, double available)
    {
        var child = Child(index);
        var plan = child.Measure(width, available, false);
        if (!KeepsWithNext(index))
        {
            return plan.Kind != PlanKind.Nothing;
        }

        return plan.Kind == PlanKind.Full && FitsWithFollowing(index + 1, width, available - plan.Height - child.SpacingAfter);
    }

    /// <summary>Moves past the children that are done, letting them go.</summary>
    private void Skip()
    {
        while (next < made.Length && Child(next).IsComplete)
        {
            made[next] = null;
            next++;
        }
    }
}
