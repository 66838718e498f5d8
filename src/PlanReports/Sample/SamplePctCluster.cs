namespace PlanReports.Sample;

/// <summary>
/// A PCT cluster with what the plan generators need around it: its SHA cluster and SHA, the local area team
/// that will succeed it, its PCTs, the emerging CCGs it supports and the councils it works with.
/// <see cref="Copy"/> is 1 for the illustrative England and 2..N for the copies a larger scale adds.
/// </summary>
internal sealed record SamplePctCluster(
    SampleOrganisation Organisation,
    SampleOrganisation ShaCluster,
    SampleOrganisation Sha,
    SampleOrganisation LocalAreaTeam,
    IReadOnlyList<SampleOrganisation> Pcts,
    IReadOnlyList<SampleOrganisation> Ccgs,
    IReadOnlyList<SampleOrganisation> Councils,
    int Copy)
{
    public int PopulationThousands => Pcts.Sum(p => p.PopulationThousands);
}
