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

            // Rows are built as the parser ends each record, with no record objects in between. Rows with the wrong
            // number of fields are reported only when the file parses: a parse error stops the file and says it all.
            var found = new List<ImportError>();
            var countErrors = new List<ImportError>();
            (int Line, string[] Fields)? header = null;
            var rows = new List<SourceRow>();
            CsvParser.Read(displayName, chars.AsSpan(0, length), found, (line, fields) =>
            {
                if (header is not { } known)
                {
                    header = (line, fields.ToArray());
                    return;
                }

                if (fields.Count != known.Fields.Length)
                {
                    countErrors.Add(new ImportError(displayName, line, null, "field-count",
                        $"{fields.Count} field(s) where the header has {known.Fields.Length}"));
                    return;
                }

                var cells = new string?[fields.Count];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = fields[i].Length == 0 ? null : fields[i];
                }

                rows.Add(new SourceRow(line, cells));
            });
            errors.AddRange(found);
            if (found.Count > 0)
            {
                return null;
            }

            if (header is not { } columns)
            {
                errors.Add(new ImportError(displayName, 1, null, "missing-header", "the file is empty; the first line must name the columns"));
                return null;
            }

            errors.AddRange(countErrors);
            var table = Path.GetFileNameWithoutExtension(path);
            return new SourceTable(table, displayName, columns.Line, columns.Fields, rows, ReplacesTable: false);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
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
