using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using PlanReports.Store;

namespace PlanReports.Tests.Store;

/// <summary>
/// Migration 0008 gives trajectories and actuals the national standard they measure. A store filled before it keeps
/// every row, each now measuring position 1 (the standard its one trajectory was tested against), and takes a second
/// standard's plan beside the first, which its old primary key would have refused.
/// </summary>
public sealed class TrajectoryStandardMigrationTests
{
    [EngineTheory]
    public void A_store_filled_before_0008_keeps_every_trajectory_and_actual_as_position_1(StoreEngine engine)
    {
        using var temp = new TemporaryStore(engine);
        using (var connection = Connect(temp))
        {
            new Migrator(MigrationCatalogue.Embedded(engine).Where(m => m.Version < 8).ToList()).Apply(connection);
            connection.Execute(
                """
                INSERT INTO planning_round (code, name, kind, starts_on, ends_on) VALUES ('2012-13', 'Integrated plans 2012/13', 'integrated-plan', '2012-04-01', '2013-03-31');
                INSERT INTO submission (code, round_code, name, stage, due_on) VALUES ('2012-13-apr', '2012-13', 'Final submission', 'final', '2012-04-05');
                INSERT INTO organisation (code, name, type, valid_from) VALUES ('5QA', 'NHS Kent and Medway', 'pct-cluster', '2011-06-01');
                INSERT INTO organisation (code, name, type, parent_code, valid_from) VALUES ('5QC', 'Kent PCT, East', 'pct', '5QA', '2002-10-01');
                INSERT INTO indicator (code, name, indicator_group, unit, polarity, frequency)
                VALUES ('QUAL-07', 'Referral to Treatment and diagnostic waits (incl. incomplete pathways)', 'Quality', 'percentage', 'higher-is-better', 'monthly');
                INSERT INTO indicator_standard (indicator_code, position, paragraph, measure, quote, threshold_percent, comparison)
                VALUES ('QUAL-07', 1, '2.31', 'Admitted completed waits within 18 weeks', 'The operational standards of 90 per cent for admitted and 95 per cent for non-admitted completed waits as set out in the NHS Constitution remain.', 90, 'at-least'),
                       ('QUAL-07', 2, '2.31', 'Non-admitted completed waits within 18 weeks', 'The operational standards of 90 per cent for admitted and 95 per cent for non-admitted completed waits as set out in the NHS Constitution remain.', 95, 'at-least');
                INSERT INTO trajectory (submission_code, organisation_code, indicator_code, period, planned_value)
                VALUES ('2012-13-apr', '5QC', 'QUAL-07', '2012-04', 91.5), ('2012-13-apr', '5QC', 'QUAL-07', '2012-05', 91.75);
                INSERT INTO actual (organisation_code, indicator_code, period, value) VALUES ('5QC', 'QUAL-07', '2012-04', 90.25);
                """);
        }

        var report = temp.Store.Initialise();

        Assert.Equal(["0008_trajectory_standard.sql"], report.Applied);
        using var migrated = temp.Store.Open();
        Assert.Equal(
            [("2012-04", 1L, 91.5), ("2012-05", 1L, 91.75)],
            migrated.Query<(string, long, double)>("SELECT period, standard_position, planned_value FROM trajectory ORDER BY period").ToList());
        Assert.Equal(
            [("2012-04", 1L, 90.25)],
            migrated.Query<(string, long, double)>("SELECT period, standard_position, value FROM actual").ToList());

        // The second standard's plan for the same month sits beside the first.
        migrated.Execute("INSERT INTO trajectory (submission_code, organisation_code, indicator_code, standard_position, period, planned_value) VALUES ('2012-13-apr', '5QC', 'QUAL-07', 2, '2012-04', 96.0)");
        Assert.Equal(3L, migrated.ExecuteScalar<long>("SELECT count(*) FROM trajectory"));
        var duplicate = Assert.ThrowsAny<DbException>(() => migrated.Execute(
            "INSERT INTO trajectory (submission_code, organisation_code, indicator_code, standard_position, period, planned_value) VALUES ('2012-13-apr', '5QC', 'QUAL-07', 2, '2012-04', 97.0)"));
        Assert.Matches("(?i)unique|duplicate", duplicate.Message);
    }

    // A connection to the store before it has any migration, which PlanStore.Open refuses.
    private static DbConnection Connect(TemporaryStore temp)
    {
        DbConnection connection = temp.Store.Engine == StoreEngine.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp.Store.Path, ForeignKeys = true, Pooling = false }.ToString())
            : new NpgsqlConnection(temp.Store.Path);
        connection.Open();
        return connection;
    }
}
