using PlanReports.Reports.Lookups;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

/// <summary>The same rating or figure must read the same in the letter, the pack and the summary.</summary>
public sealed class CrossDocumentConsistencyTests
{
    [EngineTheory]
    public void A_domain_rating_is_the_same_in_letter_pack_bundle_and_regional_summary(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var domains = new RatingQuery(c).Domains();
        var pack = Ratings(FamilyDocuments.Rows(FamilyDocuments.Build(c, "rag-narrative-pack", "C1")), domains.Select(d => d.Name));
        var bundle = FamilyDocuments.Rows(FamilyDocuments.Build(c, "rag-narrative-bundle", "Q01"));
        var letter = Ratings(FamilyDocuments.Rows(FamilyDocuments.Build(c, "pct-assurance-letter", "C1")), domains.Select(d => d.Label));
        var matrixRow = FamilyDocuments.Rows(FamilyDocuments.Build(c, "regional-summary", "Q01")).Single(r => r[0] == "Alpha PCT Cluster" && r.Count == 14);

        Assert.Equal(13, pack.Count);
        Assert.Equal("Red", pack["Finance"]);
        Assert.Equal("Amber", pack["QIPP"]);
        foreach (var d in domains)
        {
            Assert.Equal(pack[d.Name], matrixRow[d.Position]);
            if (letter.TryGetValue(d.Label, out var inLetter))
            {
                Assert.Equal(pack[d.Name], inLetter);
            }
        }

        Assert.Equal(["Finance", "QIPP"], letter.Keys.Order(StringComparer.Ordinal).ToList());
        // The bundle's first pack repeats the single pack's summary table row for row.
        Assert.Contains(bundle, r => r.Count == 2 && r[0] == "Finance" && r[1] == "Red");
    }

    [EngineTheory]
    public void Payment_shares_and_pool_read_the_same_in_the_bcf_pack_and_the_approval_letter(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = FamilyDocuments.Rows(FamilyDocuments.Build(c, "bcf-plan-pack", "H1"));
        var letter = FamilyDocuments.Rows(FamilyDocuments.Build(c, "bcf-approval-letter", "H1"));
        var packShares = pack.Where(r => r.Count == 4 && r[0] is "April 2015" or "October 2015").Select(r => (r[0], r[3])).ToList();
        var letterShares = letter.Where(r => r.Count == 3 && r[0] is "April 2015" or "October 2015").Select(r => (r[0], r[2])).ToList();
        Assert.Equal([("April 2015", "£500,000"), ("April 2015", "£500,000"), ("October 2015", "£1,000,000")], packShares);
        Assert.Equal(packShares, letterShares);
        Assert.Contains("£2,000,000", FamilyDocuments.Text(FamilyDocuments.Build(c, "bcf-approval-letter", "H1")), StringComparison.Ordinal);
    }

    [EngineTheory]
    public void A_public_health_milestone_status_is_the_same_in_the_checklist_report_and_the_pack(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        const string status = "Complete (reported May 2012)";
        var pack = FamilyDocuments.Rows(FamilyDocuments.Build(c, "rag-narrative-pack", "C1"));
        var checklist = FamilyDocuments.Rows(FamilyDocuments.Build(c, "ph-checklist", "C1"));
        Assert.Contains(pack, r => r[0] == "Public health transition plan agreed with local authorities" && r[^1] == status);
        Assert.Contains(checklist, r => r[^1] == $"Public health transition plan agreed with local authorities: {status}");
    }

    private static Dictionary<string, string> Ratings(IReadOnlyList<IReadOnlyList<string>> rows, IEnumerable<string> names)
    {
        var wanted = names.ToHashSet();
        return rows.Where(r => r.Count >= 2 && wanted.Contains(r[0])).ToDictionary(r => r[0], r => r[1]);
    }
}
