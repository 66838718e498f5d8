namespace PlanReports.Reference;

/// <summary>Whom an Annex 2 expectation is addressed to.</summary>
public enum MilestoneAudience
{
    ShaClusters,
    PctClusters,

    /// <summary>"CCGS AIMING FOR ESTABLISHMENT WITHOUT CONDITIONS BY APR 13" (for local use).</summary>
    CcgsAimingForEstablishmentWithoutConditions,
}
