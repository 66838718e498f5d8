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
}
