using PlanReports.Tests.Cli;

namespace PlanReports.Tests.Workbooks;

/// <summary>The <c>template</c> command: writes the workbook, refuses organisations that fill none, and its output imports.</summary>
[Collection(WorkbookCollection.Name)]
public sealed class TemplateCommandTests(WorkbookStore store)
{
    [Fact]
    public void Template_writes_the_hwb_workbook_and_import_reads_it_back()
    {
        var path = Path.Combine(store.Folder, "cli", "HWB002.xlsx");
        var db = store.Temp.Store.Path;

        var written = CliRun.Of("template", "--db", db, "--org", "HWB002", "--out", path);
        var imported = CliRun.Of("import", "--db", db, path);

        Assert.True(written.ExitCode == 0, written.Error);
        Assert.Contains("North Tyneside", written.Out, StringComparison.Ordinal);
        Assert.Contains("Conditions", written.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("bcf_condition_status", imported.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NOPE", "no organisation 'NOPE' in the store")]
    [InlineData("00A", "'00A' is a ccg; templates are for PCT clusters")]
    public void Template_for_an_organisation_that_fills_no_workbook_exits_2(string organisation, string message)
    {
        var run = CliRun.Of("template", "--db", store.Temp.Store.Path, "--org", organisation, "--out", Path.Combine(store.Folder, "none.xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(store.Folder, "none.xlsx")));
    }

    [Fact]
    public void Template_for_a_pct_cluster_in_the_bcf_round_exits_2()
    {
        var run = CliRun.Of("template", "--db", store.Temp.Store.Path, "--org", "C01", "--round", "bcf-2014-16", "--out", Path.Combine(store.Folder, "wrong.xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a pct-cluster fills in the workbook of round '2012-13', not 'bcf-2014-16'", run.Error, StringComparison.Ordinal);
    }
}
