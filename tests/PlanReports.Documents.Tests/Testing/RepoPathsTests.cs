using PlanReports.Testing;

namespace PlanReports.Documents.Tests.Testing;

public sealed class RepoPathsTests
{
    [Fact]
    public void Root_is_the_folder_holding_the_solution_file()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "PlanReports.sln")));
        Assert.True(Directory.Exists(RepoPaths.Combine("src", "PlanReports.Documents")));
    }

    [Fact]
    public void Finding_the_root_from_a_folder_outside_the_repository_names_the_start_folder()
    {
        var outside = Directory.CreateTempSubdirectory("planreports-norepo-").FullName;
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => RepoPaths.FindRoot(outside));
            Assert.Contains(outside, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside);
        }
    }
}
