namespace PlanReports.Tests.Reference;

/// <summary>
/// Where the repository and the seeds are. The root is the nearest folder holding PlanReports.sln; the seeds are
/// ../shared/seeds beside it (CI clones the repository with shared/ next to it). A git worktree kept one level
/// deeper (for example wt/reference beside shared/) finds them by looking further up.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ReferenceDirectory => Path.Combine(Root, "data", "reference");

    public static string SeedsDirectory { get; } = FindSeeds();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanReports.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PlanReports.sln above {AppContext.BaseDirectory}");
    }

    private static string FindSeeds()
    {
        for (var directory = Directory.GetParent(Root); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException($"No shared/seeds beside {Root} or above it");
    }
}
