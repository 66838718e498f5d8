using System.Text.RegularExpressions;
using PlanReports.Testing;

namespace PlanReports.Tests.Repository;

/// <summary>
/// A bare clone must have everything its build, tests and documents read: no file of the project may point at a
/// folder beside or above the repository (as the tests once read ../shared/seeds).
/// </summary>
public sealed partial class SelfContainedRepositoryTests
{
    private static readonly string[] Folders = ["src", "tests", "reportdefs", "data", ".ci", "bench"];

    [Fact]
    public void NoProjectFileRefersToAPathOutsideTheRepository()
    {
        var root = Path.GetFullPath(RepoPaths.Root);
        var outside = new List<string>();
        foreach (var file in ProjectFiles(root))
        {
            var text = File.ReadAllText(file);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                continue;
            }

            var relativeFile = Path.GetRelativePath(root, file);
            var lineNumber = 0;
            foreach (var line in text.Split('\n'))
            {
                lineNumber++;
                foreach (var reference in EscapingReferences(root, Path.GetDirectoryName(file)!, line))
                {
                    outside.Add($"{relativeFile}:{lineNumber}: {reference}");
                }
            }
        }

        Assert.True(outside.Count == 0, "Files refer to paths outside the repository:\n" + string.Join('\n', outside));
    }

    [Theory]
    [InlineData("see ../shared/seeds for the sources", true)]
    [InlineData("<ProjectReference Include=\"../../../other/Thing.csproj\" />", true)]
    [InlineData("var seeds = \"/work/shared/seeds\";", true)]
    [InlineData("<ProjectReference Include=\"../../src/PlanReports/PlanReports.csproj\" />", false)]
    [InlineData("quoted from data/sources/000_f26d820336565d5e.txt", false)]
    public void TheCheckFindsAReferenceThatLeavesTheRepository(string line, bool leaves)
    {
        var root = Path.GetFullPath(RepoPaths.Root);
        var folder = Path.Combine(root, "tests", "PlanReports.Tests");

        Assert.Equal(leaves, EscapingReferences(root, folder, line).Any());
    }

    /// <summary>
    /// Relative paths that resolve, from the file's own folder, outside the root; absolute paths into the workplace
    /// around the repository; and the old seeds location by name.
    /// </summary>
    private static IEnumerable<string> EscapingReferences(string root, string folder, string line)
    {
        foreach (Match match in RelativePath().Matches(line))
        {
            var resolved = Path.GetFullPath(Path.Combine(folder, match.Value));
            if (!IsInside(root, resolved))
            {
                yield return match.Value;
            }
        }

        foreach (Match match in WorkplacePath().Matches(line))
        {
            yield return match.Value;
        }
    }

    private static bool IsInside(string root, string path) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> ProjectFiles(string root) =>
        Folders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(root, file))
            // This file names the patterns it looks for, in its examples and its regular expressions.
            .Where(file => Path.GetFileName(file) != nameof(SelfContainedRepositoryTests) + ".cs")
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string root, string file)
    {
        var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj") || parts[^1].Contains(".received.", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:\.\./)+[A-Za-z0-9_.\-/]*")]
    private static partial Regex RelativePath();

    [GeneratedRegex(@"(?:/work/|\bshared/seeds\b)[A-Za-z0-9_.\-/]*")]
    private static partial Regex WorkplacePath();
}
