using System.Globalization;
using System.Text;
using PlanReports.Import;
using PlanReports.Testing;
using PlanReports.Tests.Store;
using PlanReports.Workbooks;

namespace PlanReports.Tests.Workbooks;

/// <summary>
/// A store holding the committed reference data and scale-1 sample, shared by the workbook tests (which run one
/// after another: some import over it), with helpers to write templates and compare the whole store.
/// </summary>
public sealed class WorkbookStore : IDisposable
{
    private readonly TemporaryStore temp = new TemporaryStore().Initialised();

    public WorkbookStore()
    {
        new PlanImporter(temp.Store).Import([RepoPaths.Combine("data", "reference"), RepoPaths.Combine("data", "sample")]);
    }

    internal TemporaryStore Temp => temp;

    public string Folder => temp.Folder;

    /// <summary>Writes the template for <paramref name="organisation"/> into the scratch folder and returns its path.</summary>
    public string Template(string organisation, string? name = null)
    {
        var path = Path.Combine(temp.Folder, name ?? organisation + ".xlsx");
        TemplateWriter.Write(temp.Store, organisation, null, path);
        return path;
    }

    /// <summary>Imports files over the store.</summary>
    public ImportSummary Import(params string[] paths) => new PlanImporter(temp.Store).Import(paths);

    /// <summary>
    /// Every row of every table as text, each table's rows sorted: equal dumps mean the same store contents (row ids
    /// aside, which a replaced row does not keep).
    /// </summary>
    public string Dump()
    {
        using var connection = temp.Store.OpenReadOnly();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("## ").AppendLine(table);
            var lines = new List<string>();
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var line = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    line.Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                lines.Add(line.ToString());
            }

            lines.Sort(StringComparer.Ordinal);
            lines.ForEach(l => dump.AppendLine(l));
        }

        return dump.ToString();
    }

    /// <summary>The codes of every organisation of a type, in order.</summary>
    public IReadOnlyList<string> Codes(string type) => Texts($"SELECT code FROM organisation WHERE type = '{type}' ORDER BY code");

    /// <summary>The first column of a query's rows, as text (null as an empty string).</summary>
    public IReadOnlyList<string> Texts(string sql)
    {
        using var connection = temp.Store.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.IsDBNull(0) ? string.Empty : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return texts;
    }

    public void Dispose() => temp.Dispose();
}
