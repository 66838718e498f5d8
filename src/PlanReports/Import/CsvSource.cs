using System.Text;

namespace PlanReports.Import;

/// <summary>Reads one CSV file (named after its table) into a <see cref="SourceTable"/>.</summary>
internal static class CsvSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceTable? Read(string path, string displayName, ErrorCollector errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ImportError(displayName, null, null, "not-utf8", "the file is not valid UTF-8"));
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
}
