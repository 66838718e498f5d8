using PlanReports.Sample;

namespace PlanReports.Tests.Sample;

public sealed class SampleCountTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    private static readonly Dictionary<string, int> Scale1 = new()
    {
        ["dh"] = 1, ["nhs-england"] = 1, ["sha-cluster"] = 4, ["sha"] = 10, ["local-area-team"] = 27,
        ["pct-cluster"] = 51, ["pct"] = 151, ["ccg"] = 211, ["local-authority"] = 152, ["hwb"] = 152,
    };

    private static readonly HashSet<string> Scaled = ["pct-cluster", "pct", "ccg", "local-authority", "hwb"];

    [Fact]
    public void Scale_1_is_an_illustrative_England_of_the_issue_s_size()
    {
        Assert.Equal(Scale1, CountByType(sample.Tables));
    }

    [Fact]
    public void Scale_2_doubles_clusters_pcts_ccgs_councils_and_boards_and_keeps_the_national_bodies()
    {
        var scale2 = SampleGenerator.Build(sample.Reference, 2, SampleGenerator.DefaultSeed);

        var expected = Scale1.ToDictionary(p => p.Key, p => Scaled.Contains(p.Key) ? p.Value * 2 : p.Value);
        Assert.Equal(expected, CountByType(scale2.Tables));
        Assert.Equal(2 * sample.Tables.BcfPlan.RowCount, scale2.Tables.BcfPlan.RowCount);
        // The planted missing trajectory is in copy 1 only.
        var plantedRows = TrajectoryWriter.Periods(sample.Context.Gaps.MissingTrajectoryIndicator.Frequency).Count;
        Assert.Equal((2 * sample.Tables.Trajectory.RowCount) + plantedRows, scale2.Tables.Trajectory.RowCount);
        Assert.Contains(SampleFixture.Rows(scale2.Tables.Organisation), o => o["code"] == "C04-2" && o["name"] == "Tees PCT Cluster (2)");
    }

    [Fact]
    public void The_four_sha_clusters_are_those_of_seed_000_with_their_pdt_leads()
    {
        var clusters = SampleFixture.Rows(sample.Tables.Organisation).Where(o => o["type"] == "sha-cluster").Select(o => o["name"]).ToList();
        var leads = SampleFixture.Rows(sample.Tables.Contact).Where(c => c["role_key"] == "pdt-lead").Select(c => (c["name"], c["email"])).ToList();

        Assert.Equal(["North of England SHA Cluster", "Midlands & East SHA Cluster", "London SHA Cluster", "South of England SHA Cluster"], clusters);
        Assert.Contains(("Rachel Swallow", "Rachel.swallow@dh.gsi.gov.uk"), leads);
        Assert.Contains(("Paulette Clarke", "Paulette.clarke@dh.gsi.gov.uk"), leads);
        Assert.Equal(4, leads.Count);
    }

    [Fact]
    public void Kent_and_Medway_has_the_eight_ccgs_seed_004_names()
    {
        var orgs = SampleFixture.Rows(sample.Tables.Organisation).ToList();
        var kent = orgs.Single(o => o["name"] == "Kent and Medway PCT Cluster");
        var ccgs = orgs.Where(o => o["type"] == "ccg" && o["parent_code"] == kent["code"]).Select(o => o["name"]).Order(StringComparer.Ordinal);

        Assert.Equal(
            new[] { "Ashford", "Canterbury and Coastal", "Dartford, Gravesham and Swanley", "Medway", "South Kent Coast", "Swale", "Thanet", "West Kent" }
                .Select(n => $"NHS {n} CCG"),
            ccgs);
    }

    [Fact]
    public void Every_board_has_its_council_and_a_ccg_and_some_have_several_ccgs()
    {
        var links = SampleFixture.Rows(sample.Tables.OrganisationLink).ToList();
        var councils = links.Where(l => l["relation"] == "hwb-council").GroupBy(l => l["from_code"]).ToDictionary(g => g.Key!, g => g.Count());
        var ccgs = links.Where(l => l["relation"] == "hwb-ccg").GroupBy(l => l["from_code"]).ToDictionary(g => g.Key!, g => g.Count());

        Assert.Equal(152, councils.Count);
        Assert.All(councils.Values, n => Assert.Equal(1, n));
        Assert.Equal(152, ccgs.Count);
        Assert.True(ccgs.Values.Count(n => n >= 2) >= 10, "expected a number of boards with two or more CCGs");
    }

    private static Dictionary<string, int> CountByType(SampleTables tables) =>
        SampleFixture.Rows(tables.Organisation).GroupBy(o => o["type"]!).ToDictionary(g => g.Key, g => g.Count());
}
