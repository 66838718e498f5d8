namespace PlanReports.Reference;

/// <summary>Which direction of a trajectory is an improvement. Assigned by PlanReports from what each measure counts.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,

    /// <summary>Capacity, activity and workforce size: a plan is judged against need, not by direction.</summary>
    Neutral,
}
