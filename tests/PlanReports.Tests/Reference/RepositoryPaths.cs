using PlanReports.Testing;

namespace PlanReports.Tests.Reference;

/// <summary>
/// Where the reference data and the seeds are. The seeds are ../shared/seeds beside the repository root (CI clones
/// the repository with shared/ next to it); a git worktree kept one level deeper (for example wt/reference beside
/// shared/) finds them by looking further up.
/// </summary>
internal static class RepositoryPaths
{
    public static string ReferenceDirectory => RepoPaths.Combine("data", "reference");

    public static string SeedsDirectory { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var directory = Directory.GetParent(RepoPaths.Root); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds beside {RepoPaths.Root} or above it");
    }
}
