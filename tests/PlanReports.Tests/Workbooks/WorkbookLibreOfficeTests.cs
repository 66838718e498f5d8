using System.Globalization;
using PlanReports.Import;
using PlanReports.Testing;

namespace PlanReports.Tests.Workbooks;

/// <summary>
/// An independent reader: LibreOffice (soffice --headless, libreoffice-calc-nogui) converts every sheet of each
/// workbook to CSV, and the CSV holds the headings and the store's rows: reference text as the store holds it,
/// numbers and dates as entered.
/// </summary>
[Collection(WorkbookCollection.Name)]
public sealed class WorkbookLibreOfficeTests(WorkbookStore store)
{
    [Fact]
    public void LibreOffice_reads_every_sheet_of_the_pct_cluster_workbook_with_the_stores_content()
    {
        var sheets = Convert("C01");

        Assert.Equal(
            ["Instructions", "Trajectories", "Savings", "QIPP programmes", "Milestones", "Domains", "Workforce", "Public health", "National milestones", "Assurance questions", "Lists"],
            sheets.Keys);
        Assert.Equal("North of Tyne PCT Cluster", Row(sheets["Instructions"], "Organisation")[1]);
        Assert.Equal("2012-13-apr", Row(sheets["Instructions"], "Submission code")[1]);

        Assert.Equal(["Domain code", "Domain", "RAG", "Commentary", "Key risks", "Mitigating action"], sheets["Domains"][3]);
        var ratings = store.Texts(
            """
            SELECT d.code || '|' || d.label || '|' || ifnull(r.rag, '') || '|' || ifnull(r.commentary, '') || '|' || ifnull(r.key_risks, '') || '|' || ifnull(r.mitigating_action, '')
            FROM assurance_domain d LEFT JOIN domain_rating r ON r.domain_code = d.code AND r.submission_code = '2012-13-apr' AND r.organisation_code = 'C01'
            ORDER BY d.position
            """);
        Assert.Equal(ratings, sheets["Domains"].Skip(4).Select(r => string.Join('|', r)));

        // QUAL-01 of NHS Newcastle, one row per standard: indicator name, the standard's number, measure and quote as
        // the store holds them, then the twelve months planned against it.
        foreach (var position in new[] { "1", "2" })
        {
            var trajectory = sheets["Trajectories"].Single(r => r[0] == "5A0" && r[2] == "QUAL-01" && r[5] == position);
            Assert.Equal(store.Texts("SELECT name FROM indicator WHERE code = 'QUAL-01'").Single(), trajectory[3]);
            Assert.Equal(store.Texts($"SELECT measure || ': ' || quote FROM indicator_standard WHERE indicator_code = 'QUAL-01' AND position = {position}").Single(), trajectory[6]);
            var months = store.Texts($"SELECT planned_value FROM trajectory WHERE submission_code = '2012-13-apr' AND organisation_code = '5A0' AND indicator_code = 'QUAL-01' AND standard_position = {position} ORDER BY period");
            Assert.Equal(months.Select(Number), trajectory.Skip(7).Take(12).Select(Number));
            Assert.All(trajectory.Skip(19), c => Assert.Equal(string.Empty, c));
        }

        var checklist = store.Texts("SELECT text FROM ph_checklist_item WHERE code = '1.1'").Single();
        Assert.Equal(checklist, Row(sheets["Public health"], "1.1")[2]);
    }

    [Fact]
    public void LibreOffice_reads_every_sheet_of_the_hwb_workbook_with_the_stores_content()
    {
        var sheets = Convert("HWB001");

        Assert.Equal(["Instructions", "Plan", "Funding", "Schemes", "Conditions", "Metrics", "Risks", "Sign-offs", "Lists"], sheets.Keys);
        Assert.Equal(["Condition code", "Condition", "Status", "Evidence"], sheets["Conditions"][3]);
        var conditions = store.Texts(
            """
            SELECT c.code || '|' || c.name || '|' || s.status || '|' || s.explanation
            FROM bcf_condition c JOIN bcf_condition_status s ON s.condition_code = c.code AND s.hwb_code = 'HWB001' ORDER BY c.position
            """);
        Assert.Equal(conditions, sheets["Conditions"].Skip(4).Select(r => string.Join('|', r)));

        // Dates show as the store writes them (yyyy-mm-dd); amounts as whole pounds (CSV holds the value, not the 5,757,000 shown).
        var signoffs = store.Texts("SELECT organisation_code || '|' || signatory_name || '|' || signed_on FROM bcf_signoff WHERE hwb_code = 'HWB001' ORDER BY organisation_code");
        Assert.Equal(signoffs, sheets["Sign-offs"].Skip(4).Take(signoffs.Count).Select(r => $"{r[0]}|{r[2]}|{r[4]}"));
        var funding = store.Texts("SELECT organisation_code || '|' || source || '|' || year || '|' || amount_gbp FROM bcf_fund_line WHERE hwb_code = 'HWB001' ORDER BY year, source, organisation_code");
        Assert.Equal(funding, sheets["Funding"].Skip(4).Take(funding.Count).Select(r => $"{r[0]}|{r[2]}|{r[3]}|{r[4]}"));
        Assert.Contains("Minimum fund: 2014/15: £", sheets["Funding"][1][0], StringComparison.Ordinal);
    }

    /// <summary>Writes the template, converts every sheet to CSV with LibreOffice, and returns each sheet's rows by name.</summary>
    private Dictionary<string, List<IReadOnlyList<string>>> Convert(string organisation)
    {
        var folder = Path.Combine(store.Folder, "lo-" + organisation);
        Directory.CreateDirectory(folder);
        var path = store.Template(organisation, Path.Combine(folder, organisation + ".xlsx"));

        // UTF-8 (76), comma-separated, quoted text, every sheet to its own file (-1); a private profile.
        var convert = ExternalTool.Run(
            "soffice",
            [$"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", folder, path],
            TimeSpan.FromMinutes(3));
        Assert.True(convert.ExitCode == 0, $"soffice exit {convert.ExitCode}: {convert.StandardError}");

        var sheets = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var line in convert.StandardOutput.Split('\n').Where(l => l.StartsWith("Writing sheet ", StringComparison.Ordinal)))
        {
            // "Writing sheet Domains -> /tmp/…/C01-Domains.csv"
            var arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
            var name = line["Writing sheet ".Length..arrow];
            var errors = new List<ImportError>();
            var records = CsvParser.Parse(name, File.ReadAllText(line[(arrow + 4)..].Trim()), errors);
            Assert.Empty(errors);
            sheets[name] = records.Select(r => r.Fields).ToList();
        }

        return sheets;
    }

    private static IReadOnlyList<string> Row(List<IReadOnlyList<string>> rows, params string[] start) =>
        rows.Single(r => r.Take(start.Length).SequenceEqual(start));

    private static string Number(string text) => double.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
