using System.Text;

namespace PlanReports.Import;

/// <summary>
/// An RFC 4180 reader of our own, so every record keeps the line it starts on and a malformed file is
/// reported at the exact line: quoted fields with commas, doubled quotes and line breaks; CRLF or LF;
/// a leading byte-order mark is ignored; empty lines are skipped. A field longer than
/// <see cref="MaxFieldLength"/> stops the file at once, so a runaway field cannot take the memory.
/// </summary>
internal static class CsvParser
{
    /// <summary>The longest field: what one cell of the agreed Excel templates holds (Excel's 32,767 characters).</summary>
    public const int MaxFieldLength = 32_767;

    public static IReadOnlyList<CsvRecord> Parse(string file, string text, List<ImportError> errors)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var atFieldStart = true;
        var recordEmpty = true;

        void TooLong() => errors.Add(new ImportError(file, recordLine,
            records.Count > 0 && fields.Count < records[0].Fields.Count ? records[0].Fields[fields.Count] : $"field {fields.Count + 1}",
            "field-length", $"a field longer than {MaxFieldLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters (the most an Excel cell holds); shorten it or split it across rows"));

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (!(recordEmpty && fields.Count == 1))
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }

            fields.Clear();
            atFieldStart = true;
            recordEmpty = true;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                var quoteLine = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i]);
                    i++;
                    if (field.Length > MaxFieldLength)
                    {
                        TooLong();
                        return records;
                    }
                }

                if (!closed)
                {
                    errors.Add(new ImportError(file, quoteLine, null, "unterminated-quote",
                        "a quoted field opened on this line is never closed"));
                    return records;
                }

                recordEmpty = false;
                atFieldStart = false;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    errors.Add(new ImportError(file, line, null, "malformed-quote",
                        "text follows the closing quote of a field; a quote inside a field must be doubled (\"\")"));
                    return records;
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    recordEmpty = false;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\n':
                    EndRecord();
                    i++;
                    line++;
                    recordLine = line;
                    break;
                case '"':
                    errors.Add(new ImportError(file, line, null, "malformed-quote",
                        "a quote inside an unquoted field; quote the whole field and double the quote (\"\")"));
                    return records;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    recordEmpty = false;
                    i++;
                    if (field.Length > MaxFieldLength)
                    {
                        TooLong();
                        return records;
                    }

                    break;
            }
        }

        if (!atFieldStart || fields.Count > 0 || field.Length > 0)
        {
            EndRecord();
        }

        return records;
    }
}
