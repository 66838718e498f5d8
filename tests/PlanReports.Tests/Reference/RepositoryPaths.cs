namespace PlanReports.Tests.Reference;

/// <summary>
/// Where the repository and the seeds are. The root is the nearest folder holding PlanReports.sln; the seeds sit
/// beside the repository in shared/seeds (CI clones the repository with shared/ next to it).
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ReferenceDirectory => Path.Combine(Root, "data", "reference");

    public static string SeedsDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

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
}
