namespace PlanReports.Reference;

/// <summary>The three areas Annex 2 sets national minimum expectations for.</summary>
public enum MilestoneCategory
{
    Commissioning,
    HealthAndWellbeingBoards,
    PublicHealth,
}
