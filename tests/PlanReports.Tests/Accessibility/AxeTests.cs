using System.Text.Json;
using Dapper;
using PlanReports.Batch;
using PlanReports.Components;
using PlanReports.Reports;
using PlanReports.Store;
using PlanReports.Testing;
using PlanReports.Tests.Families;

namespace PlanReports.Tests.Accessibility;

/// <summary>
/// Every family's HTML, as the runner writes it from the fixture store, checked by axe-core in headless Chromium with
/// axe's default rules (WCAG 2 A and AA and best practices): any violation fails, naming the document, the rule and
/// each element it found. The sign-off letter comes from the runner's fixture (the family fixture has no DH sign-off
/// decision); the others from the family fixture, as their snapshots do.
/// </summary>
public sealed class AxeTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("planreports-axe-").FullName;

    /// <summary>One document of each family, the same ones the layout and structure tests read.</summary>
    public static TheoryData<string, string> Documents => Families.Layout.FamilyLayouts.Families;

    [AxeTheory]
    [MemberData(nameof(Documents))]
    public async Task Family_html_has_no_axe_violations(string report, string organisation)
    {
        var html = Render(report, organisation);
        var violations = await AxeViolations(html);
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) in {report} {organisation} ({Path.GetFileName(html)}):\n{string.Join("\n", violations)}");
    }

    [AxeTheory]
    [InlineData("bcf-plan-pack", "H1")]
    public async Task A_chart_without_its_title_is_a_violation(string report, string organisation)
    {
        // The check must be able to fail: the same document with its charts' SVG titles removed breaks svg-img-alt.
        var html = Render(report, organisation);
        var broken = Path.Combine(root, "broken.html");
        File.WriteAllText(broken, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(html), "<title>[^<]*</title>\n", string.Empty));
        var violations = await AxeViolations(broken);
        Assert.Contains(violations, v => v.StartsWith("svg-img-alt", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>Each violation as "rule (impact): help", then its elements' selectors and markup, one per line.</summary>
    private static async Task<IReadOnlyList<string>> AxeViolations(string html)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var chromium = await HeadlessChromium.Start(AxeEnvironment.Chromium ?? "chromium", cancel.Token);
        await chromium.Open(html, cancel.Token);
        await chromium.DevTools.Evaluate(chromium.Page, await File.ReadAllTextAsync(AxeEnvironment.AxeScript, cancel.Token), cancel.Token);
        var found = await chromium.DevTools.Evaluate(
            chromium.Page,
            """
            axe.run(document, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => ({
              rule: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.slice(0, 160))
            }))))
            """,
            cancel.Token);
        using var json = JsonDocument.Parse(found.GetString()!);
        return json.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("rule").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n"
            + string.Join("\n", v.GetProperty("nodes").EnumerateArray().Select(n => "    " + n.GetString()))).ToList();
    }

    private string Render(string report, string organisation)
    {
        if (report == "signoff-letter")
        {
            // The family fixture holds no DH sign-off decision; the runner's fixture is the sign-off letter's own.
            var fixture = new Batch.RunnerFixture();
            fixture.Render(report, organisation, "html");
            var letter = Directory.GetFiles(Path.Combine(fixture.Output, report), "*.html").Single();
            var copy = Path.Combine(root, Path.GetFileName(letter));
            File.Copy(letter, copy);
            fixture.Dispose();
            return copy;
        }

        var store = FixtureStore.CreateFile(root);
        if (report == "rag-narrative-pack")
        {
            // A second PCT planning MRSA monthly, so the pack's comparison holds a grid of two with its one legend.
            using var connection = new PlanStore(store).Open();
            connection.Execute("INSERT INTO trajectory (submission_code, organisation_code, indicator_code, standard_position, period, planned_value) SELECT submission_code, 'P2', indicator_code, standard_position, period, planned_value + 1 FROM trajectory WHERE organisation_code = 'P1' AND indicator_code = 'mrsa'");
        }

        var output = Path.Combine(root, "output");
        var runner = new BatchRunner(ReportModelSources.All, ReportComponents.All, DocumentRenderers.CreateAll, "test-engine");
        var result = runner.Render(new BatchOptions(store, RepoPaths.Combine("reportdefs"), output, report, organisation, "html", 1, true), new Silent());
        Assert.Empty(result.Failures);
        return Directory.GetFiles(Path.Combine(output, report), "*.html").Single();
    }

    private sealed class Silent : IBatchProgress
    {
        public void Started(int documents)
        {
        }

        public void Finished(DocumentOutcome outcome)
        {
        }
    }
}
