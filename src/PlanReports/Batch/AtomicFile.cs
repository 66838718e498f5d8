namespace PlanReports.Batch;

/// <summary>
/// Writes a file so that a reader (or a killed run) only ever sees the old file or the whole new one: the bytes go
/// to a hidden temporary file in the same folder, which is then renamed over the target (atomic on one file system).
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of temporary files (named <c>.NAME.PID.partial</c>); a run removes those whose process is gone.</summary>
    public const string TemporarySuffix = ".partial";

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Deletes the temporary files that runs which are gone left under <paramref name="folder"/>; returns how many.
    /// A temporary file's name carries the id of the process writing it, and one whose process is still running
    /// (another run, or this one) is left alone.
    /// </summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var leftovers = Directory.GetFiles(folder, "*" + TemporarySuffix, SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith('.') && OwnerIsGone(f))
            .ToList();
        leftovers.ForEach(File.Delete);
        return leftovers.Count;
    }

    /// <summary>The id of the process that wrote a temporary file, read from its name, or null when the name holds none.</summary>
    internal static int? Owner(string temporaryPath)
    {
        var name = Path.GetFileName(temporaryPath);
        if (!name.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var stem = name[..^TemporarySuffix.Length];
        var dot = stem.LastIndexOf('.');
        return dot >= 0 && int.TryParse(stem.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
            ? pid
            : null;
    }

    // A file without an owner in its name was not written by this program: it stays. A process with the owner's id
    // that started after the file was last written is a later process that reused the id, so the owner is gone.
    private static bool OwnerIsGone(string temporaryPath)
    {
        if (Owner(temporaryPath) is not { } pid)
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited || process.StartTime.ToUniversalTime() > File.GetLastWriteTimeUtc(temporaryPath);
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
