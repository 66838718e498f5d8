using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PlanReports.Batch;
using PlanReports.Store;
using PlanReports.Tests.Reports;
using PlanReports.Validation;

namespace PlanReports.Tests.Batch;

/// <summary>index.html: what an analyst opens after a run, built from the manifest, the run's failures and the validation findings.</summary>
public sealed class IndexPageTests : IDisposable
{
    private const string HostileName = "North <script>alert('x')</script> & \"Partners\"";

    private readonly RunnerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private IHtmlDocument Index() =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(fixture.Output, IndexPage.FileName)));

    private BatchResult RenderWithValidation(bool force = false) =>
        RunnerFixture.Runner().Render(
            fixture.Options(force: force) with { Validate = () => new PlanValidator().Validate(new PlanStore(fixture.StorePath)) },
            new RecordingProgress());

    [Fact]
    public void The_index_lists_every_document_with_pages_and_links_to_files_that_exist()
    {
        SignoffStore.AddClusters(fixture.StorePath, 2);
        RenderWithValidation();
        var manifest = Manifest.Read(fixture.Output);
        var index = Index();

        var rows = index.QuerySelectorAll("#documents ~ table tbody tr").ToList();
        Assert.Equal(manifest.Documents.Select(d => d.Organisation).Distinct().Count(), rows.Count);
        var north = rows.Single(r => r.Children[1].TextContent == "sha-north");
        Assert.Equal("North of England", north.QuerySelector("th[scope=row]")!.TextContent);
        Assert.Equal(manifest.Documents.Single(d => d.Organisation == "sha-north" && d.Format == "pdf").Pages.ToString(), north.Children[2].TextContent);
        var links = index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(manifest.Documents.Select(d => d.Path).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.All(links, href => Assert.True(File.Exists(Path.Combine(fixture.Output, Uri.UnescapeDataString(href))), href));
        Assert.Equal(["PDF", "DOCX", "HTML"], north.QuerySelectorAll("a").Select(a => a.ChildNodes[0].TextContent));
        Assert.Equal("Sign-off of 2012/13 integrated plans", index.QuerySelector("h3")!.TextContent);
    }

    [Fact]
    public void The_index_is_accessible_one_h1_then_h2_and_h3_scoped_headers_landmarks_and_british_english()
    {
        SignoffStore.Execute(fixture.StorePath, "DELETE FROM contact WHERE id = 'south-ce'");
        RenderWithValidation();
        var index = Index();

        Assert.Equal("en-GB", index.DocumentElement.GetAttribute("lang"));
        Assert.Single(index.QuerySelectorAll("h1"));
        Assert.NotNull(index.QuerySelector("main > h1"));
        Assert.NotNull(index.QuerySelector("header"));
        var levels = index.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => int.Parse(h.TagName[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} is followed by h{pair.Second}"));
        Assert.Equal(["Documents", "Failed documents", "Validation findings"], index.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.All(index.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        Assert.All(index.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(index.QuerySelectorAll("section"), s => Assert.Equal(s.QuerySelector("h2")!.Id, s.GetAttribute("aria-labelledby")));
    }

    [Fact]
    public void Failed_documents_and_findings_per_organisation_are_listed_with_their_cause()
    {
        SignoffStore.Execute(fixture.StorePath, "DELETE FROM contact WHERE id = 'south-ce'");
        var validation = new PlanValidator().Validate(new PlanStore(fixture.StorePath));
        Assert.NotEmpty(validation.Findings);
        var result = RenderWithValidation();
        var index = Index();

        var failed = Assert.Single(index.QuerySelectorAll("section[aria-labelledby=failed] tbody tr"));
        Assert.Equal("South of England (sha-south)", failed.Children[1].TextContent);
        Assert.Equal(Assert.Single(result.Failures).Cause, failed.Children[2].TextContent);
        var findings = index.QuerySelector("section[aria-labelledby=findings]")!;
        Assert.Equal(validation.Findings.Count, findings.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(
            validation.Findings.Select(f => f.OrganisationCode).Distinct().Order(StringComparer.Ordinal).Select(c => $"{validation.Organisations[c].Name} ({c})"),
            findings.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(validation.Findings.Select(f => f.Message).Order(StringComparer.Ordinal),
            findings.QuerySelectorAll("tbody tr").Select(r => r.Children[3].TextContent).Order(StringComparer.Ordinal));
        Assert.Equal(validation.Findings.Select(f => f.Message), result.Validation!.Findings.Select(f => f.Message));
    }

    [Fact]
    public void A_validation_that_fails_beside_the_rendering_is_thrown_as_it_was_once_the_documents_are_written()
    {
        var failing = fixture.Options() with { Validate = () => throw new InvalidDataException("the store cannot be validated") };

        var thrown = Assert.Throws<InvalidDataException>(() => RunnerFixture.Runner().Render(failing, new RecordingProgress()));

        Assert.Equal("the store cannot be validated", thrown.Message);
        var manifest = Manifest.Read(fixture.Output);
        Assert.NotEmpty(manifest.Documents);
        Assert.All(manifest.Documents, d => Assert.True(File.Exists(Path.Combine(fixture.Output, d.Path)), d.Path));
    }

    [Fact]
    public void Names_from_data_are_escaped_and_the_index_is_byte_identical_run_to_run()
    {
        SignoffStore.Execute(fixture.StorePath, "UPDATE organisation SET name = @name WHERE code = 'sha-north'", new { name = HostileName });
        RenderWithValidation();
        var first = File.ReadAllBytes(Path.Combine(fixture.Output, IndexPage.FileName));
        RenderWithValidation(force: true);
        var second = File.ReadAllBytes(Path.Combine(fixture.Output, IndexPage.FileName));
        var index = Index();

        Assert.Equal(first, second);
        Assert.Empty(index.QuerySelectorAll("script"));
        Assert.Contains(index.QuerySelectorAll("th[scope=row]"), th => th.TextContent == HostileName);
        Assert.Contains("North &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Partners&quot;", System.Text.Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public void A_filtered_run_keeps_the_other_documents_in_the_index_with_their_names()
    {
        RenderWithValidation();
        RunnerFixture.Runner().Render(fixture.Options(org: "sha-south", force: true), new RecordingProgress());

        var names = Index().QuerySelectorAll("#documents ~ table tbody th[scope=row]").Select(th => th.TextContent).ToList();

        Assert.Equal(["North of England", "South of England"], names);
        Assert.Equal("The store was not validated in this run.", Index().QuerySelector("section[aria-labelledby=findings] p")!.TextContent);
    }
}
