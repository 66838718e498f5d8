using System.Data.Common;

namespace PlanReports.Workbooks;

/// <summary>Rows of a query as value arrays (text, long, double or null), in the query's order.</summary>
internal static class StoreRows
{
    public static List<object?[]> Query(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<object?[]>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(values);
        }

        return rows;
    }

    /// <summary>The first column of every row, as text.</summary>
    public static List<string> Texts(DbConnection connection, string sql, params (string Name, object Value)[] parameters) =>
        Query(connection, sql, parameters).Select(r => Convert.ToString(r[0], System.Globalization.CultureInfo.InvariantCulture)!).ToList();
}
