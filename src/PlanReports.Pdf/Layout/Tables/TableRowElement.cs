using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Tables;

/// <summary>
/// A table row: cells side by side, all as tall as the tallest. A row that does not fit moves to the next page;
/// at the top of a page a row taller than the page is split, each cell continuing where it stopped.
/// </summary>
internal sealed class TableRowElement : LayoutElement
{
    private readonly IReadOnlyList<CellLayout> cells;
    private readonly TableGrid grid;
    private readonly StructNode? node;
    private bool started;

    internal TableRowElement(string description, SourceRef? source, IReadOnlyList<CellLayout> cells, TableGrid grid, StructNode? node)
        : base(description, source)
    {
        this.cells = cells;
        this.grid = grid;
        this.node = node;
    }

    internal override bool IsComplete => started && cells.All(c => c.Content.IsComplete);

    /// <summary>A group's label row: it goes to the next page with the group's first row rather than end a page alone.</summary>
    internal bool LabelsGroup { get; init; }

    internal override bool KeepWithNext => LabelsGroup;

    internal override SpacePlan Measure(double width, double height, bool mustProgress) => Plan(width, height, mustProgress).Plan;

    internal override SpacePlan Draw(PageCanvas canvas, double x, double y, double width, double height, bool mustProgress)
    {
        var (plan, cellPlans) = Plan(width, height, mustProgress);
        if (plan.Kind == PlanKind.Nothing)
        {
            return plan;
        }

        var rowHeight = plan.Height;
        var pad = grid.Padding;
        for (var i = 0; i < cells.Count; i++)
        {
            var (cx, cw) = grid.Cell(width, cells[i].Column, cells[i].Span);
            if (cells[i].Shading is { } shade)
            {
                canvas.Draw(new RectOp(new PageBox(x + cx, y, cw, rowHeight), shade), null);
            }
        }

        if (!started)
        {
            // Every cell joins the row in column order, even an empty one, so the table's grid stays whole.
            node?.EnsureAttached();
            foreach (var cell in cells)
            {
                cell.Node?.EnsureAttached();
            }

            started = true;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var (cx, cw) = grid.Cell(width, cells[i].Column, cells[i].Span);
            if (!cells[i].Content.IsComplete && cellPlans[i].Kind != PlanKind.Nothing)
            {
                cells[i].Content.Draw(canvas, x + cx + pad, y + pad, cw - (2 * pad), rowHeight - (2 * pad), mustProgress);
            }

            if (grid.BorderColour is { } border && grid.BorderWidth > 0)
            {
                var half = grid.BorderWidth / 2;
                canvas.Draw(new RectOp(new PageBox(x + cx + half, y + half, cw - grid.BorderWidth, rowHeight - grid.BorderWidth), null, border, grid.BorderWidth), null);
            }
        }

        return plan;
    }

    private (SpacePlan Plan, SpacePlan[] Cells) Plan(double width, double height, bool mustProgress)
    {
        var pad = grid.Padding;
        var plans = new SpacePlan[cells.Count];
        var allFull = true;
        var anyProgress = false;
        double tallest = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var (_, cw) = grid.Cell(width, cells[i].Column, cells[i].Span);
            if (cw - (2 * pad) <= 1)
            {
                throw CannotFit($"column {cells[i].Column + 1} is {cw:0.#} pt wide, too narrow for its padding");
            }

            if (cells[i].Content.IsComplete)
            {
                plans[i] = SpacePlan.Full(0);
                continue;
            }

            plans[i] = height - (2 * pad) <= 0
                ? SpacePlan.Nothing
                : cells[i].Content.Measure(cw - (2 * pad), height - (2 * pad), mustProgress);
            allFull &= plans[i].Kind == PlanKind.Full;
            anyProgress |= plans[i].Kind != PlanKind.Nothing;
            tallest = Math.Max(tallest, plans[i].Height);
        }

        if (allFull && tallest + (2 * pad) <= height + 0.001)
        {
            return (SpacePlan.Full(tallest + (2 * pad)), plans);
        }

        if (allFull)
        {
            // Even the padding does not fit in what is left of the page.
            return mustProgress ? throw CannotFit("its cell padding is taller than the page") : (SpacePlan.Nothing, plans);
        }

        if (!mustProgress && !started)
        {
            // An unstarted row that does not fit moves whole to the next page.
            return (SpacePlan.Nothing, plans);
        }

        if (!anyProgress)
        {
            if (mustProgress)
            {
                throw CannotFit("no cell of the row fits on an empty page");
            }

            return (SpacePlan.Nothing, plans);
        }

        return (SpacePlan.Partial(height), plans);
    }
}
