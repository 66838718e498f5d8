namespace PlanReports.Documents.Charts;

/// <summary>
/// One thing a chart drawing holds, in points from the drawing's top-left corner (y downwards). The PDF and SVG
/// renderers turn each shape into their own vector primitive; the layout is worked out once, here.
/// </summary>
public abstract record ChartShape;
