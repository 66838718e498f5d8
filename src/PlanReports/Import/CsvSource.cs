using System.Buffers;
using System.Text.Unicode;

namespace PlanReports.Import;

/// <summary>Reads one CSV file (named after its table) into a <see cref="SourceTable"/>.</summary>
internal static class CsvSource
{
    public static SourceTable? Read(string path, string displayName, ErrorCollector errors)
    {
        if (Decode(File.ReadAllBytes(path), displayName, errors) is not { } text)
        {
            return null;
        }

        var found = new List<ImportError>();
        var records = CsvParser.Parse(displayName, text, found);
        errors.AddRange(found);
        if (found.Count > 0)
        {
            return null;
        }

        if (records.Count == 0)
        {
            errors.Add(new ImportError(displayName, 1, null, "missing-header", "the file is empty; the first line must name the columns"));
            return null;
        }

        var header = records[0];
        var rows = new List<SourceRow>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Fields.Count)
            {
                errors.Add(new ImportError(displayName, record.Line, null, "field-count",
                    $"{record.Fields.Count} field(s) where the header has {header.Fields.Count}"));
                continue;
            }

            rows.Add(new SourceRow(record.Line, record.Fields.Select(f => f.Length == 0 ? null : f).ToArray()));
        }

        var table = Path.GetFileNameWithoutExtension(path);
        return new SourceTable(table, displayName, header.Line, header.Fields, rows, ReplacesTable: false);
    }

    /// <summary>The file's text, or null with an error naming the line and byte offset of the first byte that is not UTF-8.</summary>
    internal static string? Decode(byte[] bytes, string displayName, ErrorCollector errors)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var before = bytes.AsSpan(0, read);
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        errors.Add(new ImportError(displayName, line, null, "not-utf8",
            $"byte 0x{bytes[read]:X2} at byte offset {read} of the file (byte {read - lineStart + 1} of the line) is not valid UTF-8; save the file as UTF-8"));
        return null;
    }
}
