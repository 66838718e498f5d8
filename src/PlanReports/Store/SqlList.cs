using System.Globalization;
using Dapper;

namespace PlanReports.Store;

/// <summary>
/// <c>IN (...)</c> over a list, written the same for both engines. Dapper expands <c>IN @list</c> for SQLite but
/// hands PostgreSQL the list as one array parameter, which <c>IN</c> cannot take; numbered parameters work on both.
/// </summary>
internal static class SqlList
{
    /// <summary>Adds <c>@name0</c>, <c>@name1</c>… to <paramref name="parameters"/> and returns <c>(@name0, @name1, …)</c>.</summary>
    public static string In(string name, IEnumerable<string> values, DynamicParameters parameters)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var parameter = string.Create(CultureInfo.InvariantCulture, $"{name}{names.Count}");
            parameters.Add(parameter, value);
            names.Add("@" + parameter);
        }

        // An empty list matches nothing, as Dapper's own expansion does.
        return names.Count == 0 ? "(NULL)" : "(" + string.Join(", ", names) + ")";
    }
}
