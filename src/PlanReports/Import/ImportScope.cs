using System.Data.Common;
using System.Globalization;
using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>
/// Store rows an import deletes before it writes, because its source brings all of them again: the rows whose
/// columns equal the given values (a workbook's organisation and submission). Importing the same rows again
/// therefore leaves the store as it was, and a row left out of the source is removed.
/// </summary>
/// <param name="Match">Column and value pairs that all must equal.</param>
internal sealed record ImportScope(IReadOnlyList<KeyValuePair<string, string>> Match)
{
    /// <summary>The condition as SQL, adding its values to <paramref name="command"/> as parameters named after <paramref name="index"/>.</summary>
    public string Sql(DbCommand command, int index)
    {
        var terms = new List<string>();
        for (var i = 0; i < Match.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@scope{index}_{i}");
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = Match[i].Value;
            command.Parameters.Add(parameter);
            terms.Add($"{StoreSchema.Quote(Match[i].Key)} = {name}");
        }

        return "(" + string.Join(" AND ", terms) + ")";
    }

    /// <summary>For messages: <c>hwb_code = 'HWB001'</c>.</summary>
    public override string ToString() => string.Join(", ", Match.Select(e => $"{e.Key} = '{e.Value}'"));
}
