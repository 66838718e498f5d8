using System.Buffers;
using System.Text.Unicode;

namespace PlanReports.Import;

/// <summary>Reads one CSV file (named after its table) into a <see cref="SourceTable"/>.</summary>
internal static class CsvSource
{
    public static SourceTable? Read(string path, string displayName, ErrorCollector errors)
    {
        var bytes = File.ReadAllBytes(path);

        // The text is only parsed, never kept (fields become strings of their own), so it lives in a pooled buffer.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            if (Decode(bytes, chars, displayName, errors) is not { } length)
            {
                return null;
            }

            var found = new List<ImportError>();
            var records = CsvParser.Parse(displayName, chars.AsSpan(0, length), found);
            errors.AddRange(found);
            return found.Count > 0 ? null : Table(path, displayName, records, errors);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static SourceTable? Table(string path, string displayName, IReadOnlyList<CsvRecord> records, ErrorCollector errors)
    {
        if (records.Count == 0)
        {
            errors.Add(new ImportError(displayName, 1, null, "missing-header", "the file is empty; the first line must name the columns"));
            return null;
        }

        var header = records[0];
        var rows = new List<SourceRow>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Fields.Count != header.Fields.Count)
            {
                errors.Add(new ImportError(displayName, record.Line, null, "field-count",
                    $"{record.Fields.Count} field(s) where the header has {header.Fields.Count}"));
                continue;
            }

            var cells = new string?[record.Fields.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var field = record.Fields[i];
                cells[i] = field.Length == 0 ? null : field;
            }

            rows.Add(new SourceRow(record.Line, cells));
        }

        var table = Path.GetFileNameWithoutExtension(path);
        return new SourceTable(table, displayName, header.Line, header.Fields, rows, ReplacesTable: false);
    }

    /// <summary>
    /// Decodes the file into <paramref name="chars"/> (at least as long as the file) and returns how many characters it
    /// holds, or null with an error naming the line and byte offset of the first byte that is not UTF-8.
    /// </summary>
    private static int? Decode(byte[] bytes, char[] chars, string displayName, ErrorCollector errors)
    {
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return written;
        }

        var before = bytes.AsSpan(0, read);
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        errors.Add(new ImportError(displayName, line, null, "not-utf8",
            $"byte 0x{bytes[read]:X2} at byte offset {read} of the file (byte {read - lineStart + 1} of the line) is not valid UTF-8; save the file as UTF-8"));
        return null;
    }
}
