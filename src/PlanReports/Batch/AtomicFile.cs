namespace PlanReports.Batch;

/// <summary>
/// Writes a file so that a reader (or a killed run) only ever sees the old file or the whole new one: the bytes go
/// to a hidden temporary file in the same folder, which is then renamed over the target (atomic on one file system).
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of temporary files; a run removes any left by a killed run before it starts.</summary>
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

    /// <summary>Deletes temporary files a killed run left under <paramref name="folder"/>; returns how many.</summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var leftovers = Directory.GetFiles(folder, "*" + TemporarySuffix, SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith('.'))
            .ToList();
        leftovers.ForEach(File.Delete);
        return leftovers.Count;
    }
}
