namespace PlanReports.Pdf.Layout;

/// <summary>One thing drawn on a page, in layout coordinates (points, origin at the top-left, y downwards).</summary>
internal abstract record DrawOp
{
    /// <summary>The box the op covers, used to check nothing is drawn outside the page.</summary>
    internal abstract PageBox Bounds { get; }
}
