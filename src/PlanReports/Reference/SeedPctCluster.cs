namespace PlanReports.Reference;

/// <summary>A PCT cluster the seeds name, with its CCGs and the bodies 004 names around it.</summary>
/// <param name="Code">A stable code assigned by PlanReports.</param>
/// <param name="Name">The cluster as 004 names it.</param>
/// <param name="ShaClusterCode">The SHA cluster it sits in.</param>
/// <param name="Ccgs">Its CCGs.</param>
/// <param name="CommissioningSupport">The commissioning support service 004 names.</param>
/// <param name="HealthAndWellbeingBoards">The health and wellbeing boards 004 names.</param>
/// <param name="PublicHealthTransitionRating">004's words on the rating of its public health transition plans.</param>
public sealed record SeedPctCluster(
    string Code,
    string Name,
    string ShaClusterCode,
    IReadOnlyList<SeedCcg> Ccgs,
    string CommissioningSupport,
    IReadOnlyList<string> HealthAndWellbeingBoards,
    string PublicHealthTransitionRating);
