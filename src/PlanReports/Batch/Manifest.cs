using System.Text;
using System.Text.Json;

namespace PlanReports.Batch;

/// <summary>
/// <c>output/manifest.json</c>: every file of the output folder with its size, SHA-256, page count and input
/// hash, so anyone can later prove a document came from given data. Entries are kept sorted by report,
/// organisation and format, and the JSON is written the same way every time (fixed member order, '\n' line
/// ends, no timestamps), so equal outputs give a byte-identical manifest.
/// </summary>
public sealed record Manifest(string Engine, IReadOnlyList<ManifestEntry> Documents)
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>An empty manifest.</summary>
    public static Manifest Empty { get; } = new(string.Empty, []);

    /// <summary>A manifest with <paramref name="documents"/> in the canonical order.</summary>
    public static Manifest Create(string engine, IEnumerable<ManifestEntry> documents) =>
        new(engine, documents
            .OrderBy(d => d.Report, StringComparer.Ordinal)
            .ThenBy(d => d.Organisation, StringComparer.Ordinal)
            .ThenBy(d => d.Format, StringComparer.Ordinal)
            .ToList());

    /// <summary>The manifest as UTF-8 JSON bytes.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("engine", Engine);
            json.WriteStartArray("documents");
            foreach (var d in Documents)
            {
                json.WriteStartObject();
                json.WriteString("report", d.Report);
                json.WriteString("organisation", d.Organisation);
                json.WriteString("format", d.Format);
                json.WriteString("path", d.Path);
                json.WriteNumber("bytes", d.Bytes);
                json.WriteString("sha256", d.Sha256);
                if (d.Pages is { } pages)
                {
                    json.WriteNumber("pages", pages);
                }
                else
                {
                    json.WriteNull("pages");
                }

                json.WriteString("inputs", d.Inputs);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Reads the manifest in <paramref name="outputFolder"/>, or <see cref="Empty"/> if there is none.</summary>
    /// <exception cref="InvalidDataException">
    /// The file exists but is not a manifest, or an entry's path does not name a file inside the output folder.
    /// </exception>
    public static Manifest Read(string outputFolder)
    {
        var path = System.IO.Path.Combine(outputFolder, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var entries = root.GetProperty("documents").EnumerateArray().Select(e => new ManifestEntry(
                    e.GetProperty("report").GetString()!,
                    e.GetProperty("organisation").GetString()!,
                    e.GetProperty("format").GetString()!,
                    e.GetProperty("path").GetString()!,
                    e.GetProperty("bytes").GetInt64(),
                    e.GetProperty("sha256").GetString()!,
                    e.GetProperty("pages").ValueKind == JsonValueKind.Null ? null : e.GetProperty("pages").GetInt32(),
                    e.GetProperty("inputs").GetString()!))
                .ToList();
            CheckPaths(path, outputFolder, entries);
            return Create(root.GetProperty("engine").GetString() ?? string.Empty, entries);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a PlanReports manifest: {e.Message}", e);
        }
    }

    // A manifest is data anyone can edit; a path that would lead a run out of the output folder stops the run
    // before anything is read, written or deleted through it.
    private static void CheckPaths(string manifestPath, string outputFolder, List<ManifestEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (OutputPath.Problem(outputFolder, entry.Path) is { } problem)
            {
                throw new InvalidDataException(
                    $"{manifestPath}: entry {i + 1} ({entry.Report}, {entry.Organisation}, {entry.Format}) has path '{entry.Path}': {problem}; nothing was changed.");
            }
        }
    }

    /// <summary>Writes the manifest atomically into <paramref name="outputFolder"/>.</summary>
    public void Write(string outputFolder) => AtomicFile.Write(System.IO.Path.Combine(outputFolder, FileName), ToJson());

    /// <inheritdoc />
    public override string ToString() => Encoding.UTF8.GetString(ToJson());
}
