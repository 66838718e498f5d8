namespace PlanReports.Sample;

/// <summary>A Health and Wellbeing Board with its upper-tier council, the CCGs in its area and its area team.</summary>
internal sealed record SampleHealthAndWellbeingBoard(
    SampleOrganisation Organisation,
    SampleOrganisation Council,
    IReadOnlyList<SampleOrganisation> Ccgs,
    SampleOrganisation LocalAreaTeam,
    SamplePctCluster PctCluster);
