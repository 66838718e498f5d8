using System.Runtime.CompilerServices;

namespace PlanReports.Testing;

/// <summary>
/// Snapshot assertions: the expected text lives in <c>&lt;name&gt;.verified.&lt;ext&gt;</c> beside the calling test
/// file in the source tree, so a reviewer sees a change to a document as a diff in the commit.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that, set to 1, accepts the received text as the new verified snapshot.</summary>
    public const string AcceptVariable = "PLANREPORTS_ACCEPT";

    /// <summary>
    /// Compares <paramref name="actual"/> with the verified snapshot <paramref name="name"/> beside the calling test
    /// file. <paramref name="name"/> carries the extension ("signoff-letter.html" is kept as
    /// "signoff-letter.verified.html"); without one, ".txt" is used.
    /// </summary>
    /// <exception cref="SnapshotMismatchException">The snapshot is missing or differs (not thrown in accept mode).</exception>
    public static void Verify(string name, string actual, [CallerFilePath] string sourceFile = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        new SnapshotStore(SourceDirectory(sourceFile), AcceptRequested()).Verify(name, actual);
    }

    /// <summary>
    /// The folder of the calling test file. A build with a path map (ContinuousIntegrationBuild) records source
    /// paths as "/_/…"; those are resolved against the repository root so snapshots are still found.
    /// </summary>
    public static string SourceDirectory(string sourceFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        var directory = Path.GetDirectoryName(sourceFile)
            ?? throw new ArgumentException($"'{sourceFile}' has no directory.", nameof(sourceFile));
        const string MappedRoot = "/_/";
        return !System.IO.Directory.Exists(directory) && sourceFile.StartsWith(MappedRoot, StringComparison.Ordinal)
            ? Path.GetDirectoryName(RepoPaths.Combine(sourceFile[MappedRoot.Length..]))!
            : directory;
    }

    /// <summary>True when <see cref="AcceptVariable"/> is set to 1 in this process's environment.</summary>
    public static bool AcceptRequested() => Environment.GetEnvironmentVariable(AcceptVariable) == "1";
}
