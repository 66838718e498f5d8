namespace PlanReports.Tests.Sample;

/// <summary>A minimal RFC 4180 reader for checking the sample's own files (quoted cells may hold commas and line feeds).</summary>
internal static class SampleCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string?>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                cell.Append(c);
            }
        }
        var header = records[0];
        return records.Skip(1)
            .Select(r => (IReadOnlyDictionary<string, string?>)header.Select((h, i) => (h, r[i].Length == 0 ? null : r[i])).ToDictionary(x => x.h, x => x.Item2))
            .ToList();
    }
}
