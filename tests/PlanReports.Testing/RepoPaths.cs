namespace PlanReports.Testing;

/// <summary>Paths inside the repository, found from the test assembly's folder rather than the working directory.</summary>
public static class RepoPaths
{
    private const string SolutionFile = "PlanReports.sln";

    private static readonly Lazy<string> RootPath = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The repository root: the nearest folder at or above the test binaries holding PlanReports.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path under the repository root, for example <c>RepoPaths.Combine("reportdefs", "signoff-letter")</c>.</summary>
    public static string Combine(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return Path.Combine([Root, .. parts]);
    }

    /// <summary>Walks up from <paramref name="start"/> to the folder holding PlanReports.sln.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above <paramref name="start"/> holds the solution.</exception>
    public static string FindRoot(string start)
    {
        ArgumentException.ThrowIfNullOrEmpty(start);
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} found in '{start}' or any folder above it.");
    }
}
