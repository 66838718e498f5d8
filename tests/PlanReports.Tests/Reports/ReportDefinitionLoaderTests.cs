using PlanReports.Reports;

namespace PlanReports.Tests.Reports;

public sealed class ReportDefinitionLoaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("planreports-defs-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string id, string yaml)
    {
        var folder = Path.Combine(root, id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.yaml"), yaml);
        return folder;
    }

    private const string Valid = """
        id: letter
        title: Sign-off of 2012/13 plans
        target: sha-cluster
        model: signoff-letter
        formats: [pdf, html]
        file_name: "{org_code}-{org_slug}"
        orientation: portrait
        letterhead: yes
        """;

    [Fact]
    public void A_valid_definition_is_read_in_full()
    {
        var def = ReportDefinitionLoader.Load(Write("letter", Valid));
        Assert.Equal("letter", def.Id);
        Assert.Equal("sha-cluster", def.TargetOrganisationType);
        Assert.Equal(["pdf", "html"], def.Formats);
        Assert.Equal(PageOrientation.Portrait, def.Orientation);
        Assert.True(def.Letterhead);
    }

    [Fact]
    public void An_unknown_key_names_file_and_line()
    {
        var e = Assert.Throws<ReportDefinitionException>(() =>
            ReportDefinitionLoader.Load(Write("letter", Valid + "\nfooter: none\n")));
        Assert.Equal(Path.Combine("letter", "report.yaml"), e.File);
        Assert.Equal(9, e.Line);
        Assert.Contains("footer", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_names_its_line()
    {
        var e = Assert.Throws<ReportDefinitionException>(() =>
            ReportDefinitionLoader.Load(Write("letter", Valid.Replace("[pdf, html]", "[pdf, odt]", StringComparison.Ordinal))));
        Assert.Equal(5, e.Line);
        Assert.Contains("odt", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_differs_from_its_folder_is_rejected()
    {
        var e = Assert.Throws<ReportDefinitionException>(() => ReportDefinitionLoader.Load(Write("other", Valid)));
        Assert.Equal(1, e.Line);
        Assert.Contains("folder", e.Rule, StringComparison.Ordinal);
    }
}
