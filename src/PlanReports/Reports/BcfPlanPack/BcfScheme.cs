using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>A scheme funded from the pool, with its lead, spend and expected outcomes.</summary>
internal sealed record BcfScheme(int Position, string Name, string Description, string LeadName, long Spend201415, long Spend201516, string ExpectedOutcomes)
{
    /// <summary>2014/15 spend as printed.</summary>
    public string FirstYearText => DisplayFormat.Pounds(Spend201415);

    /// <summary>2015/16 spend as printed.</summary>
    public string SecondYearText => DisplayFormat.Pounds(Spend201516);
}
