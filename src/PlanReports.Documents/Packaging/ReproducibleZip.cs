using System.IO.Compression;

namespace PlanReports.Documents.Packaging;

/// <summary>
/// Rewrites a package so the same content always gives the same bytes. System.IO.Packaging stamps each zip entry
/// with the time it was written; this copy gives every entry the same fixed time (1980-01-01, the earliest a zip
/// can hold), a fixed order ([Content_Types].xml, then the package relationships, then every other part by
/// ordinal name) and one compression level. Shared by every Open XML package the project writes (the DOCX
/// renderer and the Excel templates), so there is one way to make a package reproducible.
/// </summary>
public static class ReproducibleZip
{
    /// <summary>The time every entry carries.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = "[Content_Types].xml";
    private const string PackageRelationships = "_rels/.rels";

    /// <summary>Copies the package in <paramref name="package"/> (read from its start) to <paramref name="output"/> in the fixed form.</summary>
    public static void Rewrite(Stream package, Stream output)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(output);
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);

        // Built in memory first: ZipArchive writes differently to seekable and unseekable streams, and the bytes
        // must not depend on the caller's stream.
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        ContentTypes => 0,
        PackageRelationships => 1,
        _ => 2,
    };
}
