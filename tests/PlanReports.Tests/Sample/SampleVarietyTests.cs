using System.Text.RegularExpressions;

namespace PlanReports.Tests.Sample;

/// <summary>
/// The sample's commentary reads like a real year: within the text one document shows (a bundle's domain narratives
/// for one SHA cluster, a checklist report's evidence and actions for one PCT cluster, the England summary's four
/// SHA narratives, one board's schemes) no sentence appears more than three times.
/// </summary>
public sealed partial class SampleVarietyTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    private const int MostRepeats = 3;

    [Fact]
    public void No_sentence_of_domain_commentary_key_risks_or_mitigation_repeats_more_than_three_times_in_an_sha_cluster_s_bundle()
    {
        var shaOfCluster = Rows(sample.Tables.Organisation).Where(o => o["type"] == "pct-cluster").ToDictionary(o => o["code"]!, o => o["parent_code"]!);
        var bundles = Rows(sample.Tables.DomainRating)
            .Where(r => r["submission_code"] == "2012-13-apr")
            .GroupBy(r => shaOfCluster[r["organisation_code"]!], r => new[] { r["commentary"], r["key_risks"], r["mitigating_action"] });

        Assert.Equal(4, bundles.Count());
        Assert.All(bundles, b => AssertFewRepeats(b.Key, b.SelectMany(texts => texts)));
    }

    [Fact]
    public void No_sentence_of_checklist_evidence_or_action_repeats_more_than_three_times_in_a_cluster_s_report()
    {
        var reports = Rows(sample.Tables.PhChecklistResponse)
            .GroupBy(r => (r["submission_code"], r["organisation_code"]), r => new[] { r["evidence"], r["action"] })
            .ToList();

        Assert.Equal(102, reports.Count);
        Assert.All(reports, r => AssertFewRepeats($"{r.Key.Item2} {r.Key.Item1}", r.SelectMany(texts => texts)));
    }

    [Fact]
    public void The_four_sha_clusters_describe_their_approach_to_assurance_in_their_own_words()
    {
        var england = Rows(sample.Tables.ShaAssuranceNarrative)
            .GroupBy(r => r["submission_code"], r => new[] { r["assurance_process"], r["material_changes_signoff"], r["regional_risks"] })
            .ToList();

        Assert.Equal(2, england.Count);
        Assert.All(england, e => AssertFewRepeats(e.Key!, e.SelectMany(texts => texts), mostRepeats: 1));
    }

    [Fact]
    public void Boards_describe_the_same_kind_of_scheme_in_words_of_their_own_place()
    {
        var schemes = Rows(sample.Tables.BcfScheme).ToList();
        var byKind = schemes.GroupBy(s => s["name"]).Where(g => g.Count() > 1).ToList();

        Assert.NotEmpty(byKind);
        Assert.All(byKind, kind => Assert.True(
            kind.Select(s => s["description"]).Distinct(StringComparer.Ordinal).Count() * 2 > kind.Count(),
            $"'{kind.Key}' is described in the same words by more than half the boards that run it"));
    }

    private static void AssertFewRepeats(string scope, IEnumerable<string?> texts, int mostRepeats = MostRepeats)
    {
        var repeated = texts
            .SelectMany(t => Sentences().Split(t ?? string.Empty))
            .Select(s => s.Trim())
            .Where(s => s.Split(' ').Length >= 4)
            .GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() > mostRepeats)
            .Select(g => $"{g.Count()}× \"{g.Key}\"")
            .ToList();
        Assert.True(repeated.Count == 0, $"{scope}: sentences repeated more than {mostRepeats} times: {string.Join("; ", repeated)}");
    }

    // A sentence ends at a full stop followed by a space and a capital.
    [GeneratedRegex(@"(?<=\.)\s+(?=[A-Z])")]
    private static partial Regex Sentences();

    private static IEnumerable<IReadOnlyDictionary<string, string?>> Rows(PlanReports.Sample.SampleTable table) => SampleFixture.Rows(table);
}
