namespace PlanReports.Workbooks;

/// <summary>The two workbooks an organisation fills in.</summary>
internal enum WorkbookKind
{
    /// <summary>A PCT cluster's integrated plan for 2012/13 (seed 000: "using the agreed Excel template").</summary>
    PctClusterPlan,

    /// <summary>A health and wellbeing board's Better Care Fund plan for 2014/15 (seed 003's spreadsheet).</summary>
    BcfPlan,
}
