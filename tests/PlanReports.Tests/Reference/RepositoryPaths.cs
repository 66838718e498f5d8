using PlanReports.Testing;

namespace PlanReports.Tests.Reference;

/// <summary>
/// Where the reference data and the source documents (the seeds) are. Both live inside the repository, so a bare
/// clone has everything its tests read.
/// </summary>
internal static class RepositoryPaths
{
    public static string ReferenceDirectory => RepoPaths.Combine("data", "reference");

    public static string SeedsDirectory => RepoPaths.Combine("data", "sources");
}
