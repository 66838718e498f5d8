namespace PlanReports.Reference;

/// <summary>The three groups the Operating Framework annex sets its measures under (001 §5.10).</summary>
public enum IndicatorGroup
{
    Quality,
    Resources,
    Reform,
}
