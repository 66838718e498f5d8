using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Tables;

/// <summary>
/// A table: caption, header rows, then body rows continuing across pages. The header rows are repeated at the
/// top of every page the table reaches; the repeats are artifacts, so a screen reader hears the header once.
/// </summary>
internal sealed class TableElement : LayoutElement
{
    private readonly LayoutElement? caption;
    private readonly IReadOnlyList<TableRowElement> firstHeader;
    private readonly Func<IReadOnlyList<TableRowElement>> repeatHeader;
    private readonly IReadOnlyList<TableRowElement> measureHeader;
    private readonly IReadOnlyList<TableRowElement> body;
    private int next;
    private bool started;

    internal TableElement(
        string description,
        SourceRef? source,
        LayoutElement? caption,
        IReadOnlyList<TableRowElement> firstHeader,
        Func<IReadOnlyList<TableRowElement>> repeatHeader,
        IReadOnlyList<TableRowElement> body)
        : base(description, source)
    {
        this.caption = caption;
        this.firstHeader = firstHeader;
        this.repeatHeader = repeatHeader;
        measureHeader = repeatHeader();
        this.body = body;
    }

    internal override bool IsComplete => started && next >= body.Count;

    internal override SpacePlan Measure(double width, double height, bool mustProgress) =>
        Run(null, 0, 0, width, height, mustProgress);

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        // The caption and header are drawn before the rows, so first make sure at least one row follows them.
        var plan = Run(null, x, y, width, height, mustProgress);
        return plan.Kind == PlanKind.Nothing ? plan : Run(canvas, x, y, width, height, mustProgress);
    }

    private SpacePlan Run(PageCanvas? canvas, double x, double y, double width, double height, bool mustProgress)
    {
        double used = 0;
        if (!started && caption is not null)
        {
            var plan = caption.Measure(width, height, false);
            if (plan.Kind != PlanKind.Full)
            {
                return Refuse(mustProgress, "its caption does not fit");
            }

            if (canvas is not null)
            {
                caption.Draw(canvas, x, y, width, height, false);
            }

            used += plan.Height;
        }

        // Measure the header with a fresh copy, then draw the real one (first page) or a repeat (later pages).
        double headerHeight = 0;
        foreach (var row in measureHeader)
        {
            var plan = row.Measure(width, height - used - headerHeight, false);
            if (plan.Kind != PlanKind.Full)
            {
                return Refuse(mustProgress, "its header rows are taller than the space on a page");
            }

            headerHeight += plan.Height;
        }

        if (canvas is not null)
        {
            var header = started ? repeatHeader() : firstHeader;
            foreach (var row in header)
            {
                used += row.Draw(canvas, x, y + used, width, height - used, false).Height;
            }

            started = true;
        }
        else
        {
            used += headerHeight;
        }

        var drewBody = false;
        for (var i = next; i < body.Count; i++)
        {
            var row = body[i];
            if (drewBody && row.KeepWithNext && i + 1 < body.Count && !FitsWithStartOf(row, body[i + 1], width, height - used))
            {
                // A group label that would end the page alone starts the next one, with its group.
                return SpacePlan.Partial(used);
            }

            var first = mustProgress && !drewBody;
            var plan = canvas is null ? row.Measure(width, height - used, first) : row.Draw(canvas, x, y + used, width, height - used, first);
            if (plan.Kind == PlanKind.Nothing)
            {
                if (!drewBody)
                {
                    return Refuse(mustProgress, "its first row does not fit below the header");
                }

                return SpacePlan.Partial(used);
            }

            if (canvas is not null && plan.Kind == PlanKind.Full)
            {
                next = i + 1;
            }

            used += plan.Height;
            drewBody = true;
            if (plan.Kind == PlanKind.Partial)
            {
                return SpacePlan.Partial(used);
            }
        }

        return SpacePlan.Full(used);
    }

    private SpacePlan Refuse(bool mustProgress, string reason) =>
        mustProgress ? throw CannotFit(reason) : SpacePlan.Nothing;
}
