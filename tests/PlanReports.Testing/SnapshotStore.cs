using DiffPlex;
using DiffPlex.Renderer;

namespace PlanReports.Testing;

/// <summary>
/// The snapshots of one folder. <see cref="Snapshot"/> builds one per call from the caller's folder and the
/// environment; tests of the harness build their own over a temporary folder, so they never touch the process
/// environment.
/// </summary>
/// <param name="directory">Where the verified and received files are kept.</param>
/// <param name="accept">When true, a difference overwrites the verified file instead of failing.</param>
public sealed class SnapshotStore(string directory, bool accept)
{
    // Enough lines to see what changed without flooding the test log with a whole document.
    private const int MaxDiffLines = 200;

    /// <summary>The folder holding the snapshots.</summary>
    public string Directory { get; } = directory;

    /// <summary>The verified file of a snapshot name.</summary>
    public string VerifiedPath(string name) => PathFor(name, "verified");

    /// <summary>The received file of a snapshot name, written when a comparison fails.</summary>
    public string ReceivedPath(string name) => PathFor(name, "received");

    /// <summary>Compares <paramref name="actual"/> with the verified snapshot; see <see cref="Snapshot.Verify"/>.</summary>
    public void Verify(string name, string actual)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(actual);

        var received = NormaliseLineEndings(actual);
        var verifiedPath = VerifiedPath(name);
        var receivedPath = ReceivedPath(name);
        string? verified = File.Exists(verifiedPath) ? NormaliseLineEndings(File.ReadAllText(verifiedPath)) : null;

        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            WriteText(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        WriteText(receivedPath, received);
        throw new SnapshotMismatchException(verified is null
            ? $"Snapshot '{name}' has no verified file.\nReceived: {receivedPath}\nTo accept it, run the tests with {Snapshot.AcceptVariable}=1 or rename the received file to {Path.GetFileName(verifiedPath)}."
            : $"Snapshot '{name}' differs from {verifiedPath}.\nReceived: {receivedPath}\nTo accept it, run the tests with {Snapshot.AcceptVariable}=1.\n\n{Diff(verified, received, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath))}");
    }

    /// <summary>Replaces CRLF and lone CR with LF, so snapshots compare equal across operating systems and git settings.</summary>
    public static string NormaliseLineEndings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private string PathFor(string name, string kind)
    {
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Snapshot name '{name}' must be a plain file name.", nameof(name));
        }

        var extension = Path.GetExtension(name);
        var stem = extension.Length == 0 ? name : name[..^extension.Length];
        return Path.Combine(Directory, $"{stem}.{kind}{(extension.Length == 0 ? ".txt" : extension)}");
    }

    private static void WriteText(string path, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Diff(string verified, string received, string verifiedName, string receivedName)
    {
        var unified = new UnidiffRenderer(Differ.Instance, contextLines: 3)
            .Generate(verified, received, verifiedName, receivedName, ignoreWhitespace: false, ignoreCase: false);
        var lines = NormaliseLineEndings(unified).Split('\n');
        return lines.Length <= MaxDiffLines
            ? unified
            : string.Join('\n', lines.Take(MaxDiffLines)) + $"\n… {lines.Length - MaxDiffLines} more diff lines; compare the files.";
    }
}
