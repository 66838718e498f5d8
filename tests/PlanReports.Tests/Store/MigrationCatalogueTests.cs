using PlanReports.Store;

namespace PlanReports.Tests.Store;

public sealed class MigrationCatalogueTests
{
    [Fact]
    public void Embedded_migrations_match_the_files_in_the_source_folder()
    {
        var embedded = MigrationCatalogue.Embedded();

        Assert.Equal(embedded.Select(m => m.Version).Order(), embedded.Select(m => m.Version));
        Assert.Contains(embedded, m => m.Name == "0001_reference.sql" && m.Sql.Contains("CREATE TABLE indicator", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_migrations_with_one_version_are_refused()
    {
        var error = Assert.Throws<MigrationException>(() => MigrationCatalogue.Ordered(
            [new Migration(3, "0003_a.sql", "SELECT 1"), new Migration(3, "0003_b.sql", "SELECT 2")]));

        Assert.Contains("share version 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checksum_ignores_line_ending_style_but_not_content()
    {
        var unix = new Migration(1, "0001_x.sql", "CREATE TABLE t (a);\nSELECT 1;\n");
        var windows = new Migration(1, "0001_x.sql", "CREATE TABLE t (a);\r\nSELECT 1;\r\n");
        var edited = new Migration(1, "0001_x.sql", "CREATE TABLE t (b);\nSELECT 1;\n");

        Assert.Equal(unix.Checksum, windows.Checksum);
        Assert.NotEqual(unix.Checksum, edited.Checksum);
    }

    [Fact]
    public void A_misnamed_migration_is_refused()
    {
        Assert.Throws<MigrationException>(() => MigrationCatalogue.VersionOf("reference.sql"));
    }
}
