using System.Text;

namespace PlanReports.Import;

/// <summary>
/// An RFC 4180 reader of our own, so every record keeps the line it starts on and a malformed file is
/// reported at the exact line: quoted fields with commas, doubled quotes and line breaks; CRLF or LF;
/// a leading byte-order mark is ignored; empty lines are skipped. A field longer than
/// <see cref="MaxFieldLength"/> stops the file at once, so a runaway field cannot take the memory.
/// </summary>
/// <remarks>
/// An unquoted field (most of them) is found with one vectorised search and becomes a string straight from the
/// text. Short fields repeat from row to row (codes, periods, statuses), so each distinct one is made once and
/// shared: a 155,000-row import then holds tens of thousands of strings instead of close to a million, which is
/// what the garbage collector would otherwise copy from generation to generation.
/// </remarks>
internal static class CsvParser
{
    /// <summary>The longest field: what one cell of the agreed Excel templates holds (Excel's 32,767 characters).</summary>
    public const int MaxFieldLength = 32_767;

    /// <summary>Fields up to this long are shared between rows; longer ones (free text) rarely repeat.</summary>
    private const int SharedFieldLength = 64;

    public static IReadOnlyList<CsvRecord> Parse(string file, ReadOnlySpan<char> text, List<ImportError> errors)
    {
        var records = new List<CsvRecord>();
        Read(file, text, errors, (line, fields) => records.Add(new CsvRecord(line, fields.ToArray())));
        return records;
    }

    /// <summary>
    /// Parses <paramref name="text"/> and hands each record to <paramref name="record"/> as it ends, with the line it
    /// starts on and its fields in a list that is reused for the next record (copy what you keep). Stops at the first
    /// error, which it adds to <paramref name="errors"/>.
    /// </summary>
    public static void Read(string file, ReadOnlySpan<char> text, List<ImportError> errors, Action<int, List<string>> record)
    {
        string[]? header = null;
        var fields = new List<string>();
        var quoted = new StringBuilder();
        var shared = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var recordEmpty = true;

        void TooLong() => errors.Add(new ImportError(file, recordLine,
            header is not null && fields.Count < header.Length ? header[fields.Count] : $"field {fields.Count + 1}",
            "field-length", $"a field longer than {MaxFieldLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters (the most an Excel cell holds); shorten it or split it across rows"));

        void EndRecord(string last)
        {
            fields.Add(last);
            if (!(recordEmpty && fields.Count == 1))
            {
                header ??= fields.ToArray();
                record(recordLine, fields);
            }

            fields.Clear();
            recordEmpty = true;
        }

        // One field per turn: an optional quoted part, then an unquoted part up to the comma, line break or end
        // (after a closing quote only a lone carriage return can start one, and it is kept as text).
        while (true)
        {
            if (i >= text.Length)
            {
                if (fields.Count > 0)
                {
                    EndRecord(string.Empty);
                }

                break;
            }

            var isQuoted = text[i] == '"';
            if (isQuoted)
            {
                quoted.Clear();
                var quoteLine = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            quoted.Append('"');
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

                    quoted.Append(text[i]);
                    i++;
                    if (quoted.Length > MaxFieldLength)
                    {
                        TooLong();
                        return;
                    }
                }

                if (!closed)
                {
                    errors.Add(new ImportError(file, quoteLine, null, "unterminated-quote",
                        "a quoted field opened on this line is never closed"));
                    return;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    errors.Add(new ImportError(file, line, null, "malformed-quote",
                        "text follows the closing quote of a field; a quote inside a field must be doubled (\"\")"));
                    return;
                }
            }

            var rest = text[i..];
            var length = rest.IndexOfAny(',', '\n', '"');
            var end = length < 0 ? text.Length : i + length;

            // A carriage return just before the line break belongs to the break; any other is text.
            var textEnd = end < text.Length && text[end] == '\n' && end > i && text[end - 1] == '\r' ? end - 1 : end;
            var unquoted = text[i..textEnd];
            if (unquoted.Length > 0 && (isQuoted ? quoted.Length : 0) + unquoted.Length > MaxFieldLength)
            {
                TooLong();
                return;
            }

            if (end < text.Length && text[end] == '"')
            {
                errors.Add(new ImportError(file, line, null, "malformed-quote",
                    "a quote inside an unquoted field; quote the whole field and double the quote (\"\")"));
                return;
            }

            var value = !isQuoted ? Shared(shared, unquoted)
                : unquoted.Length == 0 ? quoted.ToString()
                : quoted.Append(unquoted).ToString();
            if (isQuoted || unquoted.Length > 0)
            {
                recordEmpty = false;
            }

            if (end >= text.Length)
            {
                EndRecord(value);
                break;
            }

            i = end + 1;
            if (text[end] == ',')
            {
                fields.Add(value);
                recordEmpty = false;
                continue;
            }

            EndRecord(value);
            line++;
            recordLine = line;
        }
    }

    private static string Shared(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared, ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > SharedFieldLength)
        {
            return new string(text);
        }

        if (!shared.TryGetValue(text, out var known))
        {
            known = new string(text);
            shared.Dictionary.Add(known, known);
        }

        return known;
    }
}
