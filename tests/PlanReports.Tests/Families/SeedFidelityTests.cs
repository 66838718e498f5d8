using PlanReports.Documents.Model;

namespace PlanReports.Tests.Families;

/// <summary>
/// The documents built from the repository's data state the seeds' facts as the seeds state them: both parts of the
/// Category A standard and the three referral to treatment standards each on a row of their own with a plan of its
/// own (seed 001 ¶2.19, ¶2.31), the cancer waits as standards that apply (¶2.20, ¶2.32), the Better Care Fund's own dates (seed 003
/// Annex I ¶58–59), and no template instruction printed as content.
/// </summary>
public sealed class SeedFidelityTests(RepositoryDataStore data) : IClassFixture<RepositoryDataStore>
{
    [Fact]
    public void Sign_off_letter_gives_both_parts_of_the_category_a_standard()
    {
        var rows = Rows("signoff-letter", "Y54");

        Assert.Contains(rows, r => r[0].Contains("Category A", StringComparison.Ordinal)
            && r[1] == "75 per cent of Category A calls resulting in an emergency response arriving within eight minutes\nTested against: at least 75%");
        Assert.Contains(rows, r => r[0].Contains("Category A", StringComparison.Ordinal)
            && r[1] == "95 per cent of Category A calls resulting in an ambulance arriving at the scene within 19 minutes\nTested against: at least 95%");
    }

    [Fact]
    public void Sign_off_letter_shows_the_three_referral_to_treatment_standards_on_rows_of_their_own()
    {
        var rtt = Rows("signoff-letter", "Y54").Where(r => r[0].StartsWith("Referral to Treatment", StringComparison.Ordinal)).ToList();

        Assert.Contains(rtt, r => r[0].EndsWith("Admitted completed waits within 18 weeks", StringComparison.Ordinal) && r[1].Contains("90 per cent for admitted", StringComparison.Ordinal));
        Assert.Contains(rtt, r => r[0].EndsWith("Non-admitted completed waits within 18 weeks", StringComparison.Ordinal) && r[1].Contains("95 per cent for non-admitted", StringComparison.Ordinal));
        Assert.Contains(rtt, r => r[0].EndsWith("Incomplete pathways waiting no more than 18 weeks", StringComparison.Ordinal) && r[1].StartsWith("92 per cent", StringComparison.Ordinal));
        // Each standard has a planned figure of its own (StandardPlanTests checks each against the store), none an average of them.
        Assert.All(rtt, r => Assert.Matches(@"^\d+\.\d%\n", r[2]));
    }

    [Fact]
    public void Rag_pack_treats_the_cancer_waits_as_standards_that_apply_not_as_indicators_without_one()
    {
        var document = FamilyDocuments.Build(data.Open(), "rag-narrative-pack", "C01");
        var text = FamilyDocuments.Text(document);
        var without = text.Split('\n').Where(l => l.StartsWith("Also planned", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(without);
        Assert.All(without, l => Assert.DoesNotContain("Cancer", l, StringComparison.Ordinal));
        Assert.DoesNotContain("without a national standard", text, StringComparison.Ordinal);
        var cancer = FamilyDocuments.Rows(document).Where(r => r[0].StartsWith("Cancer", StringComparison.Ordinal)).ToList();
        Assert.Contains(cancer, r => r[0].StartsWith("Cancer 31 day, 62 day waits", StringComparison.Ordinal) && r[3].StartsWith("The standard applies", StringComparison.Ordinal));
        Assert.Contains(cancer, r => r[0].StartsWith("Cancer 2 week waits", StringComparison.Ordinal) && r[3].StartsWith("The standard applies", StringComparison.Ordinal));
    }

    [Fact]
    public void Bcf_plan_pack_gives_the_bcf_submission_dates_not_the_ccg_operational_plan_timetable()
    {
        var text = FamilyDocuments.Text(FamilyDocuments.Build(data.Open(), "bcf-plan-pack", "HWB001"));
        var dates = text[text.IndexOf("Submission dates", StringComparison.Ordinal)..];

        Assert.Contains("14 February 2014", dates, StringComparison.Ordinal);
        Assert.Contains("4 April 2014", dates, StringComparison.Ordinal);
        Assert.DoesNotContain("Contracts signed", dates, StringComparison.Ordinal);
        Assert.DoesNotContain("Monitor", dates, StringComparison.Ordinal);
        Assert.DoesNotContain("5 year strategic plan", dates, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rag-narrative-pack", "C01")]
    [InlineData("rag-narrative-bundle", "Y56")]
    public void April_packs_print_no_template_instructions(string report, string organisation)
    {
        var text = FamilyDocuments.Text(FamilyDocuments.Build(data.Open(), report, organisation));

        Assert.Contains("April 2012", text, StringComparison.Ordinal);
        Assert.DoesNotContain("only required in April", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bundle_lists_the_annex_3_prompts_once_not_under_every_domain()
    {
        var document = FamilyDocuments.Build(data.Open(), "rag-narrative-bundle", "Y56");
        var text = FamilyDocuments.Text(document);
        var question = FirstAnnex3Question();

        Assert.Equal(1, Occurrences(text, question));
        Assert.Single(Blocks(document.Body).OfType<Heading>(), h => h.Inlines.OfType<TextRun>().Any(r => r.Text.Contains("What assurers look for", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pct_assurance_letter_names_the_submission_with_its_day()
    {
        var text = FamilyDocuments.Text(FamilyDocuments.Build(data.Open(), "pct-assurance-letter", "C01"));

        Assert.Contains("final submission of Thursday 5 April 2012", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bcf_approval_letter_goes_out_on_the_letterhead_of_the_team_whose_director_signs_it()
    {
        var document = FamilyDocuments.Build(data.Open(), "bcf-approval-letter", "HWB001");
        var signature = Blocks(document.Body).OfType<SignatureBlock>().Single();
        var letterhead = document.Page.FirstPageLetterhead.OfType<Paragraph>().First(p => p.Style == ParagraphStyle.Subtitle && p.Alignment == TextAlignment.Right);

        Assert.EndsWith("Area Team", signature.Organisation, StringComparison.Ordinal);
        Assert.Equal(signature.Organisation, string.Concat(letterhead.Inlines.OfType<TextRun>().Select(r => r.Text)));
    }

    private IReadOnlyList<IReadOnlyList<string>> Rows(string report, string organisation) =>
        FamilyDocuments.Rows(FamilyDocuments.Build(data.Open(), report, organisation));

    private string FirstAnnex3Question()
    {
        using var connection = data.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM assurance_question ORDER BY domain_code, number LIMIT 1";
        return (string)command.ExecuteScalar()!;
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static IEnumerable<Block> Blocks(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Section s => Blocks(s.Blocks).Prepend(b),
        KeepTogether k => Blocks(k.Blocks).Prepend(b),
        _ => [b],
    });
}
