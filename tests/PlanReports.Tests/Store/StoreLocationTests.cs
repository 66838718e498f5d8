using Npgsql;
using PlanReports.Store;

namespace PlanReports.Tests.Store;

/// <summary>What --db (or PLANREPORTS_DB) names: a SQLite file, a postgres:// URL or an Npgsql connection string.</summary>
public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("output/planreports.db")]
    [InlineData("/tmp/store.db")]
    [InlineData("odd=name;file.db")]
    public void A_file_path_is_a_sqlite_store_at_its_full_path(string db)
    {
        var location = StoreLocation.Parse(db);

        Assert.Equal((StoreEngine.Sqlite, Path.GetFullPath(db)), (location.Engine, location.ConnectionString));
    }

    [Fact]
    public void A_postgres_url_gives_user_password_host_port_database_and_settings()
    {
        var location = StoreLocation.Parse("postgres://analyst:s%40cret@db.example.org:5433/planreports?search_path=round_2012&sslmode=disable");

        var built = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(StoreEngine.PostgreSql, location.Engine);
        Assert.Equal(
            ("analyst", "s@cret", "db.example.org", 5433, "planreports", "round_2012", SslMode.Disable),
            (built.Username, built.Password, built.Host, built.Port, built.Database, built.SearchPath, built.SslMode));
        Assert.Equal("PostgreSQL database planreports on db.example.org:5433, schema round_2012", location.DisplayName);
        Assert.DoesNotContain("cret", location.DisplayName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgresql_url_without_port_or_password_uses_the_defaults()
    {
        var built = new NpgsqlConnectionStringBuilder(StoreLocation.Parse("postgresql://analyst@localhost/planreports").ConnectionString);

        Assert.Equal(("analyst", null, "localhost", 5432, "planreports"), (built.Username, built.Password, built.Host, built.Port, built.Database));
    }

    [Theory]
    [InlineData("Host=localhost;Database=planreports;Username=analyst")]
    [InlineData("Server=localhost;Database=planreports;Username=analyst")]
    [InlineData("  host=localhost; database=planreports; username=analyst")]
    public void A_connection_string_naming_a_host_is_a_postgresql_store(string db)
    {
        var location = StoreLocation.Parse(db);

        var built = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal((StoreEngine.PostgreSql, "localhost", "planreports"), (location.Engine, built.Host, built.Database));
    }

    [Theory]
    [InlineData("postgres://localhost/planreports?no_such_setting=1", "'no such setting'")]
    [InlineData("Host=localhost;Database=planreports;Colour=blue", "cannot be read")]
    public void An_unreadable_url_or_connection_string_is_an_error_naming_the_problem(string db, string expected)
    {
        var error = Assert.Throws<StoreLocationException>(() => StoreLocation.Parse(db));

        Assert.StartsWith("--db: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
