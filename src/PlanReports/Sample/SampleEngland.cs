namespace PlanReports.Sample;

/// <summary>The organisations, their links and their people: the frame every plan and decision hangs on.</summary>
internal sealed record SampleEngland(
    SampleOrganisation Dh,
    SampleOrganisation NhsEngland,
    IReadOnlyList<SampleOrganisation> ShaClusters,
    IReadOnlyList<SamplePctCluster> PctClusters,
    IReadOnlyList<SampleHealthAndWellbeingBoard> Boards,
    IReadOnlyList<SampleOrganisation> Organisations,
    IReadOnlyList<SampleLink> Links,
    IReadOnlyList<SampleContact> Contacts)
{
    private readonly Dictionary<(string Organisation, string Role), SampleContact> contactsByRole =
        Contacts.GroupBy(c => (c.OrganisationCode, c.RoleKey)).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The contact holding a role at an organisation; the generator only asks for roles it created.</summary>
    public SampleContact Contact(string organisationCode, string roleKey) =>
        contactsByRole.TryGetValue((organisationCode, roleKey), out var contact)
            ? contact
            : throw new InvalidOperationException($"no {roleKey} contact at {organisationCode}");

    public IEnumerable<SamplePctCluster> ClustersOf(SampleOrganisation shaCluster) =>
        PctClusters.Where(c => c.ShaCluster.Code == shaCluster.Code);
}
