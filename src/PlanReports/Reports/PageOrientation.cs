namespace PlanReports.Reports;

/// <summary>How a report's pages are turned.</summary>
public enum PageOrientation
{
    Portrait,
    Landscape,
}
