using System.Globalization;
using Dapper;
using Npgsql;

namespace PlanReports.Tests.Store;

/// <summary>
/// The PostgreSQL server the tests use: <c>PLANREPORTS_TEST_POSTGRES</c> holds a connection string to a throwaway
/// database (<c>.ci/run</c> creates one and sets it). Each store gets a schema of its own in that database, dropped
/// afterwards. Where no server is configured or reachable, PostgreSQL cases are skipped with the reason, unless
/// <c>PLANREPORTS_REQUIRE_POSTGRES=1</c> (set by CI), when they run and fail instead of being skipped.
/// </summary>
internal static class TestPostgres
{
    public const string ConnectionVariable = "PLANREPORTS_TEST_POSTGRES";
    public const string RequiredVariable = "PLANREPORTS_REQUIRE_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Why PostgreSQL cases are skipped, or null when they run.</summary>
    public static string? SkipReason => Unavailable.Value;

    /// <summary>The configured connection string, without pooling: every test store is a short-lived schema of its own.</summary>
    public static string ConnectionString =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException($"{ConnectionVariable} is not set: PostgreSQL tests need a throwaway database (see .ci/run)."))
        { Pooling = false }.ConnectionString;

    /// <summary>Creates an empty schema and returns a connection string whose search path is it.</summary>
    public static string CreateSchema(out string schema)
    {
        schema = "planreports_t_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        connection.Execute($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public static void DropSchema(string schema)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"SET client_min_messages = warning; DROP SCHEMA IF EXISTS {schema} CASCADE"));
    }

    private static string? Probe()
    {
        if (Environment.GetEnvironmentVariable(RequiredVariable) == "1")
        {
            return null;
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ConnectionVariable)))
        {
            return $"PostgreSQL cases skipped: {ConnectionVariable} is not set (a connection string to a throwaway database; .ci/run starts a server and sets it).";
        }

        try
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception unreachable) when (unreachable is NpgsqlException or ArgumentException)
        {
            return $"PostgreSQL cases skipped: no server at {ConnectionVariable} ({unreachable.Message}).";
        }
    }
}
