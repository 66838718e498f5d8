using System.Globalization;
using Dapper;
using PlanReports.Documents.Model;

namespace PlanReports.Tests.Families;

/// <summary>
/// Every national standard of an indicator has a planned figure and a verdict of its own (seed 001 ¶2.19, ¶2.31):
/// the sign-off letter, the PCT assurance letter and the RAG pack show the three referral to treatment standards
/// (and the diagnostic wait) and both parts of Category A each with the plan made against it, tested against its own
/// figure, never one averaged figure. Expected figures are computed here from the store's trajectories for that
/// standard, so a document that showed another standard's plan, or an average across standards, fails.
/// </summary>
public sealed class StandardPlanTests(RepositoryDataStore data) : IClassFixture<RepositoryDataStore>
{
    private const string Submission = "2012-13-apr";

    public static TheoryData<string, string> Letters => new()
    {
        { "signoff-letter", "Y54" },
        { "pct-assurance-letter", "C01" },
    };

    [Theory]
    [MemberData(nameof(Letters))]
    public void Letters_give_each_standard_its_own_year_end_plan_and_count_of_plans_meeting_it(string report, string area)
    {
        var rows = FamilyDocuments.Rows(FamilyDocuments.Build(data.Open(), report, area));
        using var store = data.Open();
        var pcts = PctsUnder(store, area);

        foreach (var standard in Standards(store))
        {
            var row = Assert.Single(rows, r => r[0].EndsWith("– " + standard.Measure, StringComparison.Ordinal));
            Assert.Equal($"Tested against: {standard.ThresholdText}", row[1].Split('\n')[^1]);

            var ofArea = store.Query<(string Pct, double Value)>(
                    "SELECT organisation_code, planned_value FROM trajectory WHERE submission_code = @Submission AND indicator_code = @Indicator AND standard_position = @Position AND period = '2013-03'",
                    new { Submission, standard.Indicator, standard.Position })
                .Where(p => pcts.Contains(p.Pct))
                .Select(p => p.Value)
                .ToList();
            Assert.NotEmpty(ofArea);
            var shown = Percent(row[2].Split('\n')[0]);
            Assert.InRange(shown, ofArea.Average() - 0.05, ofArea.Average() + 0.05);
            Assert.Equal($"{ofArea.Count(v => !standard.Misses(v))} of {ofArea.Count}", row[3]);
        }
    }

    [Fact]
    public void Letters_show_three_referral_to_treatment_figures_and_two_category_a_figures_none_of_them_the_same()
    {
        var rows = FamilyDocuments.Rows(FamilyDocuments.Build(data.Open(), "signoff-letter", "Y54"));

        var rtt = rows.Where(r => r[0].StartsWith("Referral to Treatment", StringComparison.Ordinal) && r[2].Contains('%', StringComparison.Ordinal)).ToList();
        var categoryA = rows.Where(r => r[0].StartsWith("Ambulance quality", StringComparison.Ordinal) && r[2].Contains('%', StringComparison.Ordinal)).ToList();

        // Admitted, non-admitted and incomplete pathways, and the diagnostic wait beside them; the eight- and 19-minute parts.
        Assert.Equal(4, rtt.Count);
        Assert.Equal(2, categoryA.Count);
        Assert.Equal(4, rtt.Select(r => r[2].Split('\n')[0]).Distinct().Count());
        Assert.Equal(2, categoryA.Select(r => r[2].Split('\n')[0]).Distinct().Count());
        Assert.All(rtt.Concat(categoryA), r => Assert.Contains(" – ", r[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Rag_pack_gives_each_pct_a_plan_and_verdict_per_standard_tested_against_its_own_figure()
    {
        var document = FamilyDocuments.Build(data.Open(), "rag-narrative-pack", "C01");
        using var store = data.Open();
        var pct = store.QueryFirst<(string Code, string Name)>("SELECT code, name FROM organisation WHERE parent_code = 'C01' AND type = 'pct' ORDER BY name, code");
        var table = Blocks(document.Body).OfType<Table>().Single(t => t.Caption == $"Trajectories of {pct.Name} against national standards");
        var rows = table.BodyRows.Select(r => r.Cells.Select(c => Text(c.Blocks)).ToList()).ToList();

        foreach (var standard in Standards(store))
        {
            var row = Assert.Single(rows, r => r[0].EndsWith("– " + standard.Measure, StringComparison.Ordinal));
            var values = store.Query<(string Period, double Value)>(
                    "SELECT period, planned_value FROM trajectory WHERE submission_code = @Submission AND organisation_code = @Code AND indicator_code = @Indicator AND standard_position = @Position ORDER BY period",
                    new { Submission, pct.Code, standard.Indicator, standard.Position })
                .ToList();
            Assert.Equal(12, values.Count);
            Assert.Equal("2013-03", values[^1].Period);
            Assert.Equal(values[^1].Value, Percent(row[2]), 3);
            var misses = values.Count(v => standard.Misses(v.Value));
            Assert.StartsWith(
                misses == 0 ? $"Meets the standard ({standard.ThresholdText}) in all 12 periods." : $"Misses the standard ({standard.ThresholdText}) in {misses} of 12 periods",
                row[3],
                StringComparison.Ordinal);
        }
    }

    // The standards with a figure of referral to treatment and Category A, from the store.
    private static List<Standard> Standards(System.Data.IDbConnection store) =>
        store.Query<Standard>(
                """
                SELECT indicator_code AS Indicator, position AS Position, measure AS Measure, threshold_percent AS Threshold, comparison AS Comparison
                FROM indicator_standard WHERE indicator_code IN ('QUAL-01', 'QUAL-07') ORDER BY indicator_code, position
                """)
            .ToList();

    private static HashSet<string> PctsUnder(System.Data.IDbConnection store, string area) =>
        store.Query<string>(
                """
                WITH RECURSIVE tree(code) AS (SELECT code FROM organisation WHERE code = @area UNION ALL SELECT o.code FROM organisation o JOIN tree t ON o.parent_code = t.code)
                SELECT o.code FROM organisation o JOIN tree t ON t.code = o.code WHERE o.type = 'pct'
                """,
                new { area })
            .ToHashSet(StringComparer.Ordinal);

    private static double Percent(string text) =>
        double.Parse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<Block> Blocks(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Section s => Blocks(s.Blocks).Prepend(b),
        KeepTogether k => Blocks(k.Blocks).Prepend(b),
        _ => [b],
    });

    private static string Text(IEnumerable<Block> blocks) =>
        string.Join("\n", blocks.OfType<Paragraph>().Select(p => string.Concat(p.Inlines.OfType<TextRun>().Select(r => r.Text))));

    private sealed class Standard
    {
        public string Indicator { get; init; } = "";
        public long Position { get; init; }
        public string Measure { get; init; } = "";
        public double Threshold { get; init; }
        public string Comparison { get; init; } = "";

        public string ThresholdText => $"{(Comparison == "less-than" ? "less than" : "at least")} {Threshold.ToString("0", CultureInfo.InvariantCulture)}%";

        public bool Misses(double value) => Comparison == "less-than" ? value >= Threshold : value < Threshold;
    }
}
