using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PlanReports.Store;

/// <summary>The migrations embedded in this assembly, in version order.</summary>
internal static partial class MigrationCatalogue
{
    private const string ResourcePrefix = "PlanReports.Store.Migrations.";
    private const string PostgreSqlPrefix = "PlanReports.Store.Migrations.PostgreSql.";

    /// <summary>The migrations for one engine: SQLite's in <c>Store/Migrations</c>, PostgreSQL's beside them in <c>PostgreSql/</c>.</summary>
    public static IReadOnlyList<Migration> Embedded(StoreEngine engine = StoreEngine.Sqlite)
    {
        var assembly = typeof(MigrationCatalogue).Assembly;
        var migrations = new List<Migration>();
        var prefix = engine == StoreEngine.PostgreSql ? PostgreSqlPrefix : ResourcePrefix;
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal)
                || (engine == StoreEngine.Sqlite && resource.StartsWith(PostgreSqlPrefix, StringComparison.Ordinal)))
            {
                continue;
            }

            var name = resource[prefix.Length..];
            migrations.Add(new Migration(VersionOf(name), name, Read(assembly, resource)));
        }

        return Ordered(migrations);
    }

    /// <summary>Sorts by version and refuses two files with one number, which would make the order ambiguous.</summary>
    public static IReadOnlyList<Migration> Ordered(IEnumerable<Migration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Version == ordered[i - 1].Version)
            {
                throw new MigrationException(
                    $"Migrations {ordered[i - 1].Name} and {ordered[i].Name} share version {ordered[i].Version}.");
            }
        }

        return ordered;
    }

    public static int VersionOf(string name)
    {
        var match = FileName().Match(name);
        if (!match.Success)
        {
            throw new MigrationException($"Migration '{name}' is not named NNNN_description.sql.");
        }

        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new MigrationException($"Embedded migration {resource} cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\d{4})_[a-z0-9_]+\.sql$")]
    private static partial Regex FileName();
}
