using PlanReports.Testing;

namespace PlanReports.Documents.Tests.Testing;

public sealed class ExternalToolTests
{
    [Fact]
    public void Run_returns_standard_output_standard_error_and_exit_code()
    {
        var result = ExternalTool.Run("sh", ["-c", "echo out; echo err >&2; exit 3"]);

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Succeeded);
        Assert.Equal("out\n", result.StandardOutput);
        Assert.Equal("err\n", result.StandardError);
    }

    [Fact]
    public void Run_kills_a_tool_that_exceeds_its_timeout()
    {
        var error = Assert.Throws<TimeoutException>(
            () => ExternalTool.Run("sleep", ["30"], TimeSpan.FromMilliseconds(300)));

        Assert.Contains("sleep 30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsOnPath_finds_installed_tools_only()
    {
        Assert.True(ExternalTool.IsOnPath("sh"));
        Assert.False(ExternalTool.IsOnPath("planreports-no-such-tool"));
    }
}
