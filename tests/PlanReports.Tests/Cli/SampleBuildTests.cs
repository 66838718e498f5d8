using System.Text.RegularExpressions;
using PlanReports.Testing;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Cli;

/// <summary>The committed sample builds cleanly but for the gaps its README says were planted.</summary>
public sealed partial class SampleBuildTests
{
    [Fact]
    public void Build_of_the_repository_data_finds_exactly_the_planted_gaps()
    {
        using var temp = new TemporaryStore();
        var planted = PlantedGapCodes();

        var run = CliRun.Of(CliTests.BuildWithoutReports(temp, RepoPaths.Combine("data")));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var flagged = OrganisationHeading().Matches(run.Out).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(planted.Order(StringComparer.Ordinal), flagged.Order(StringComparer.Ordinal));
        Assert.Equal(11, planted.Count);
    }

    /// <summary>The code column of the "Planted gaps" table in data/sample/README.md.</summary>
    private static List<string> PlantedGapCodes()
    {
        var readme = File.ReadAllLines(RepoPaths.Combine("data", "sample", "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith("## Planted gaps", StringComparison.Ordinal));
        return readme.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal) && !l.StartsWith("| rule", StringComparison.Ordinal))
            .Select(l => l.Split('|')[3].Trim())
            .ToList();
    }

    [GeneratedRegex(@"^(\S+) .*: \d+ error\(s\), \d+ warning\(s\)$", RegexOptions.Multiline)]
    private static partial Regex OrganisationHeading();
}
