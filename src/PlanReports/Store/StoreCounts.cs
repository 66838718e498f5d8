using Dapper;
using PlanReports.Store.Schema;

namespace PlanReports.Store;

/// <summary>Organisations per type and rows per table, for <c>list</c> and the build summary.</summary>
/// <param name="OrganisationTypes">Every organisation type the schema allows, in the schema's order, with its count (zero included).</param>
/// <param name="Tables">Every data table in dependency order with its row count.</param>
public sealed record StoreCounts(IReadOnlyList<NamedCount> OrganisationTypes, IReadOnlyList<NamedCount> Tables)
{
    /// <summary>Reads the counts from an initialised store.</summary>
    public static StoreCounts Read(PlanStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.OpenReadOnly();
        var schema = StoreSchema.For(connection);
        var byType = connection.Query<(string Type, long Count)>("SELECT type, count(*) FROM organisation GROUP BY type")
            .ToDictionary(t => t.Type, t => t.Count, StringComparer.Ordinal);
        var types = KnownTypes(schema);
        var organisationTypes = types.Concat(byType.Keys.Where(k => !types.Contains(k)).Order(StringComparer.Ordinal))
            .Select(t => new NamedCount(t, byType.GetValueOrDefault(t)))
            .ToList();
        var tables = schema.Tables
            .Select(t => new NamedCount(t.Name, connection.ExecuteScalar<long>($"SELECT count(*) FROM {StoreSchema.Quote(t.Name)}")))
            .ToList();
        return new StoreCounts(organisationTypes, tables);
    }

    /// <summary>The values the <c>organisation_type_known</c> CHECK allows, in the order it lists them.</summary>
    private static List<string> KnownTypes(StoreSchema schema)
    {
        var check = schema.Table("organisation")?.Checks.FirstOrDefault(c => c.Name == "organisation_type_known");
        if (check is null)
        {
            return [];
        }

        return System.Text.RegularExpressions.Regex.Matches(check.Expression, "'([^']*)'").Select(m => m.Groups[1].Value).ToList();
    }
}
