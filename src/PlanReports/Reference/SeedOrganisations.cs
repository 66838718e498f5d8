namespace PlanReports.Reference;

/// <summary>The real organisations the seeds name, for the sample generator to build an England around.</summary>
/// <param name="ShaClusters">The four SHA clusters (000) with their local area team counts (004).</param>
/// <param name="LocalAreaTeamsTotal">The total 004 states (27); the clusters' counts must add up to it.</param>
/// <param name="PctClusters">PCT clusters named in the seeds (Kent and Medway).</param>
/// <param name="SouthOfEnglandAreas">004 Table 2 rows.</param>
/// <param name="SouthOfEnglandTotal">004 Table 2 total row.</param>
public sealed record SeedOrganisations(
    IReadOnlyList<SeedShaCluster> ShaClusters,
    int LocalAreaTeamsTotal,
    IReadOnlyList<SeedPctCluster> PctClusters,
    IReadOnlyList<SeedArea> SouthOfEnglandAreas,
    SeedArea SouthOfEnglandTotal);
