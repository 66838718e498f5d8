using PlanReports.Cli.Commands;
using PlanReports.Tests.Reference;

namespace PlanReports.Tests.Sample;

public sealed class SampleCommandTests
{
    [Fact]
    public void A_missing_reference_folder_is_rejected_with_exit_code_2_and_a_message_naming_it()
    {
        var output = Path.Combine(Path.GetTempPath(), "planreports-tests", Path.GetRandomFileName());
        var missing = Path.Combine(output, "no-reference-here");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = SampleCommand.Run(1, output, 1, missing, stdout, stderr);

        Assert.Equal(2, code);
        Assert.Contains("no-reference-here", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "sample")));
    }

    [Fact]
    public void An_out_folder_that_cannot_be_made_is_one_line_and_exit_code_2()
    {
        var folder = Path.Combine(Path.GetTempPath(), "planreports-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "minutes.txt");
        File.WriteAllText(file, "Minutes of the sign-off meeting.\n");
        var output = Path.Combine(file, "sample");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        try
        {
            var code = SampleCommand.Run(1, output, 1, RepositoryPaths.ReferenceDirectory, stdout, stderr);

            Assert.Equal(2, code);
            var line = Assert.Single(stderr.ToString().TrimEnd('\n', '\r').Split('\n'));
            Assert.StartsWith(output + ": cannot write the sample there", line, StringComparison.Ordinal);
            Assert.Equal("Minutes of the sign-off meeting.\n", File.ReadAllText(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_scale_below_one_is_a_usage_error()
    {
        var result = SampleCommand.Create().Parse(["--scale", "0"]);

        Assert.Contains(result.Errors, e => e.Message.Contains("--scale must be 1 or more", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_writes_one_csv_per_store_table_and_reports_what_it_wrote()
    {
        var output = Path.Combine(Path.GetTempPath(), "planreports-tests", Path.GetRandomFileName());
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        try
        {
            var code = SampleCommand.Run(1, output, 5, RepositoryPaths.ReferenceDirectory, stdout, stderr);

            Assert.Equal(0, code);
            Assert.Equal(28, Directory.GetFiles(output, "*.csv").Length);
            Assert.Empty(Directory.GetFiles(output, "*.tmp"));
            Assert.StartsWith("sample: scale 1, seed 5: 28 files", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
