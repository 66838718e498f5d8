namespace PlanReports.Tests.Reference;

/// <summary>A throw-away copy of data/reference in which a test replaces or removes one file.</summary>
internal sealed class ReferenceDirectoryCopy : IDisposable
{
    public ReferenceDirectoryCopy()
    {
        Path = Directory.CreateTempSubdirectory("planreports-reference-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.ReferenceDirectory, "*.yaml"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public string FileOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Replaces a file; lines are joined with \n so line numbers in the test read as written.</summary>
    public void Write(string name, params string[] lines) => File.WriteAllText(FileOf(name), string.Join('\n', lines) + "\n");

    public void Delete(string name) => File.Delete(FileOf(name));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
