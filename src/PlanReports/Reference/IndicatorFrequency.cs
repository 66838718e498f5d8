namespace PlanReports.Reference;

/// <summary>How often trajectory values are planned and reported for an indicator.</summary>
public enum IndicatorFrequency
{
    Monthly,
    Quarterly,
    Annual,
}
