using PlanReports.Reports;

namespace PlanReports.Tests.Reports;

public sealed class FileStemTests
{
    [Fact]
    public void Data_with_path_characters_and_accents_becomes_a_lowercase_slug()
    {
        var stem = FileStem.Build("{org_code}-{org_slug}", "signoff-letter", "Q../30", "Midlands & East / Ŝouth\\..");
        Assert.Equal("q-30-midlands-and-east-south", stem);
    }

    [Fact]
    public void A_pattern_with_an_unknown_placeholder_is_rejected_with_the_name()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            FileStem.CheckPattern("{org_code}-{region}", m => new InvalidOperationException(m)));
        Assert.Contains("{region}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_with_path_characters_is_rejected()
    {
        Assert.Throws<InvalidOperationException>(() =>
            FileStem.CheckPattern("../{org_code}", m => new InvalidOperationException(m)));
    }

    [Fact]
    public void A_stem_over_the_limit_is_cut_and_ends_with_a_hash_of_the_whole_stem()
    {
        var name = new string('a', 150) + " north";
        var other = new string('a', 150) + " south";

        var stem = FileStem.Build("{org_code}-{org_slug}", "r", "Q30", name);

        Assert.Equal(FileStem.MaxLength, stem.Length);
        Assert.StartsWith("q30-aaaa", stem, StringComparison.Ordinal);
        Assert.Matches("-[0-9a-f]{8}$", stem);
        Assert.Equal(stem, FileStem.Build("{org_code}-{org_slug}", "r", "Q30", name));
        Assert.NotEqual(stem, FileStem.Build("{org_code}-{org_slug}", "r", "Q30", other));
        Assert.Equal("q30-short-name", FileStem.Build("{org_code}-{org_slug}", "r", "Q30", "Short Name"));
    }
}
