using System.Globalization;
using PlanReports.Sample;
using PlanReports.Testing;

namespace PlanReports.Tests.Sample;

public sealed class SampleDeterminismTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void The_same_scale_and_seed_give_byte_identical_files()
    {
        var again = SampleGenerator.Generate(sample.Reference, 1, SampleGenerator.DefaultSeed);

        Assert.Equal(sample.Files.Select(f => f.Name), again.Select(f => f.Name));
        for (var i = 0; i < again.Count; i++)
        {
            Assert.True(sample.Files[i].Text == again[i].Text, $"{again[i].Name} differs between two runs");
        }
    }

    [Fact]
    public void The_output_does_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A culture with a decimal comma and different month names must not leak into the files.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = SampleGenerator.Generate(sample.Reference, 1, SampleGenerator.DefaultSeed);
            Assert.Equal(sample.Files, german);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Another_seed_keeps_the_organisations_but_changes_the_plans()
    {
        var other = SampleGenerator.Generate(sample.Reference, 1, SampleGenerator.DefaultSeed + 1).ToDictionary(f => f.Name, f => f.Text);
        var mine = sample.Files.ToDictionary(f => f.Name, f => f.Text);

        Assert.Equal(Codes(mine["organisation.csv"]), Codes(other["organisation.csv"]));
        Assert.NotEqual(mine["trajectory.csv"], other["trajectory.csv"]);
        Assert.NotEqual(mine["domain_rating.csv"], other["domain_rating.csv"]);
    }

    [Fact]
    public void The_committed_scale_1_sample_is_exactly_what_the_generator_writes()
    {
        var directory = RepoPaths.Combine("data", "sample");
        var committed = Directory.GetFiles(directory, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(sample.Files.Select(f => f.Name).Order(StringComparer.Ordinal), committed);
        foreach (var (name, text) in sample.Files)
        {
            Assert.True(File.ReadAllText(Path.Combine(directory, name)) == text,
                $"data/sample/{name} is not the generator's output: run planreports sample --out data/sample");
        }
    }

    [Fact]
    public void Numbers_use_a_decimal_point_and_dates_are_iso()
    {
        var trajectory = sample.Files.Single(f => f.Name == "trajectory.csv").Text;
        var submission = sample.Files.Single(f => f.Name == "submission.csv").Text;

        Assert.Contains("\n2012-13-jan,2012-13,Initial submission,initial,2012-01-27\n", submission, StringComparison.Ordinal);
        Assert.Matches(@"\n2012-13-apr,5A0,QUAL-01,1,2012-04,\d+\.\d\n", trajectory);
    }

    private static List<string> Codes(string organisationCsv) =>
        SampleCsv.Parse(organisationCsv).Select(r => r["code"]!).ToList();
}
