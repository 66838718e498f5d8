using Dapper;
using Microsoft.Data.Sqlite;
using PlanReports.Store;

namespace PlanReports.Tests.Reports;

/// <summary>
/// A store file for the sign-off letter and runner tests: the real migrations, DH with David Flory as signatory,
/// two SHA clusters with chief executives and PDT leads, PCT clusters and PCTs, two national-standard indicators
/// and one without, April trajectories, and a DH sign-off decision for each cluster (North with parts, conditions,
/// actions and risks; South assured with nothing recorded but the decision itself). Marked illustrative.
/// </summary>
internal static class SignoffStore
{
    public static string Create(string folder)
    {
        var path = Path.Combine(folder, "store.db");
        var store = new PlanStore(path);
        store.Initialise();
        using var c = store.Open();
        using var tx = c.BeginTransaction();
        Fill(c);
        tx.Commit();
        return path;
    }

    /// <summary>Runs <paramref name="sql"/> against the store file (to change data between runs).</summary>
    public static void Execute(string path, string sql, object? parameters = null)
    {
        using var c = new PlanStore(path).Open();
        c.Execute(sql, parameters);
    }

    /// <summary>Adds <paramref name="count"/> more SHA clusters, each with a chief executive and an assured DH sign-off.</summary>
    public static void AddClusters(string path, int count)
    {
        using var c = new PlanStore(path).Open();
        using var tx = c.BeginTransaction();
        for (var i = 1; i <= count; i++)
        {
            var code = $"sha-extra-{i:000}";
            c.Execute("INSERT INTO organisation VALUES (@code, @name, 'sha-cluster', 'DH', 'Extra House\nLeeds', 'LS1 1AA', '2011-10-01', NULL)",
                new { code, name = $"Extra Cluster {i:000}" });
            c.Execute("INSERT INTO contact VALUES (@id, @code, 'chief-executive', @name, 'Chief Executive', 'Dear colleague', NULL)",
                new { id = code + "-ce", code, name = $"Chief Executive {i:000}" });
            c.Execute(
                "INSERT INTO decision VALUES (@id, 'dh-signoff', '2012-13-apr', @code, 'DH', 'dh-flory', '2012-04-30', '2012-05-04', NULL, 'assured', 'green', 'The plans are assured.', NULL)",
                new { id = "dh-" + code, code });
        }

        tx.Commit();
    }

    private static void Fill(System.Data.IDbConnection c)
    {
        c.Execute("INSERT INTO dataset VALUES ('test-fixture', 1, 'Rows written by the runner tests')");
        c.Execute(
            """
            INSERT INTO indicator (code, name, indicator_group, outcomes_domain, public_health, unit, polarity, standard_text, standard_value, frequency, data_source) VALUES
              ('QUAL-08', 'A&E total time', 'Quality', 4, 0, 'percentage', 'higher-is-better', '95 per cent of patients seen within four hours', 95, 'quarterly', 'Unify'),
              ('QUAL-11', 'Incidence of MRSA', 'Quality', 5, 0, 'count', 'lower-is-better', 'Zero tolerance of avoidable MRSA infections', 0, 'monthly', 'HPA'),
              ('PH-01', 'Smoking quitters', 'Quality', NULL, 1, 'count', 'higher-is-better', NULL, NULL, 'quarterly', 'Unify')
            """);
        const string org = "INSERT INTO organisation VALUES (@code, @name, @type, @parent, @address, @postcode, '2011-10-01', NULL)";
        c.Execute(org, new[]
        {
            Org("DH", "Department of Health", "dh", null, "Richmond House\n79 Whitehall\nLondon", "SW1A 2NS"),
            Org("sha-north", "North of England", "sha-cluster", "DH", "Waterfront 4\nGoldcrest Way\nNewcastle upon Tyne", "NE15 8NY"),
            Org("sha-south", "South of England", "sha-cluster", "DH", "Rivergate House\nNewbury Business Park\nNewbury", "RG14 2PZ"),
            Org("pc-tyne", "Tyne PCT Cluster", "pct-cluster", "sha-north", null, null),
            Org("pc-kent", "Kent and Medway PCT Cluster", "pct-cluster", "sha-south", null, null),
            Org("pct-n1", "Newcastle PCT", "pct", "pc-tyne", null, null),
            Org("pct-n2", "Gateshead PCT", "pct", "pc-tyne", null, null),
            Org("pct-s1", "Eastern and Coastal Kent PCT", "pct", "pc-kent", null, null),
        });
        c.Execute(
            """
            INSERT INTO contact VALUES
              ('dh-flory', 'DH', 'signatory', 'David Flory', 'Deputy NHS Chief Executive', 'Dear David', NULL),
              ('north-ce', 'sha-north', 'chief-executive', 'Ian Dalton', 'Chief Executive', 'Dear Ian', NULL),
              ('south-ce', 'sha-south', 'chief-executive', 'Sir Ian Carruthers', 'Chief Executive', 'Dear Ian', NULL),
              ('north-pdt', 'sha-north', 'pdt-lead', 'Rachel Swallow', 'Performance Delivery Team lead, Department of Health', 'Dear Rachel', 'Rachel.swallow@dh.gsi.gov.uk')
            """);
        c.Execute(
            """
            INSERT INTO planning_round VALUES ('2012-13', 'Integrated planning 2012/13', 'integrated-plan', '2012-04-01', '2013-03-31');
            INSERT INTO submission VALUES
              ('2012-13-jan', '2012-13', 'Initial submission', 'initial', '2012-01-27'),
              ('2012-13-apr', '2012-13', 'Final submission', 'final', '2012-04-05');
            """);
        c.Execute(
            """
            INSERT INTO trajectory (submission_code, organisation_code, indicator_code, period, planned_value) VALUES
              ('2012-13-apr', 'pct-n1', 'QUAL-08', '2012-Q3', 94.0), ('2012-13-apr', 'pct-n1', 'QUAL-08', '2012-Q4', 95.2),
              ('2012-13-apr', 'pct-n2', 'QUAL-08', '2012-Q3', 93.0), ('2012-13-apr', 'pct-n2', 'QUAL-08', '2012-Q4', 94.6),
              ('2012-13-apr', 'pct-n1', 'QUAL-11', '2013-03', 0), ('2012-13-apr', 'pct-n2', 'QUAL-11', '2013-03', 2),
              ('2012-13-apr', 'pct-n1', 'PH-01', '2012-Q4', 410),
              ('2012-13-jan', 'pct-n1', 'QUAL-08', '2012-Q4', 91.0)
            """);
        c.Execute(
            """
            INSERT INTO decision VALUES
              ('dh-north', 'dh-signoff', '2012-13-apr', 'sha-north', 'DH', 'dh-flory', '2012-04-26', '2012-05-04', '17503', 'assured-with-conditions', 'amber',
               'The plans are ambitious on quality, but the financial plans of two PCTs rely on savings that are not yet supported by milestones.', '2012-07-16'),
              ('dh-south', 'dh-signoff', '2012-13-apr', 'sha-south', 'DH', 'dh-flory', NULL, '2012-05-08', NULL, 'assured', NULL,
               'The plans meet the requirements of the Operating Framework.', NULL);
            INSERT INTO decision_part VALUES
              ('dh-north', 1, 'Trajectories for all PCTs', 1, 'Consistent with the Operating Framework indicators.'),
              ('dh-north', 2, 'QIPP and reform milestones for each PCT cluster', 0, 'Two QIPP programmes lack milestones for 2013/14.'),
              ('dh-north', 3, 'Narrative and RAG rating of each PCT cluster plan', 1, NULL),
              ('dh-north', 4, 'SHA cluster transition milestones', 1, NULL);
            INSERT INTO decision_condition VALUES
              ('dh-north', 1, 'condition', 'Submit QIPP milestones for 2013/14 for the urgent care programmes.', 'Director of Performance, North of England', '2012-06-15'),
              ('dh-north', 2, 'action', 'Report monthly on A&E four-hour performance at Gateshead.', 'Tyne PCT Cluster', '2012-06-30');
            INSERT INTO decision_risk VALUES
              ('dh-north', 1, 'Savings in acute contracts slip into 2013/14.', 'Monthly review of contract activity with the PCT cluster.');
            """);
    }

    private static object Org(string code, string name, string type, string? parent, string? address, string? postcode) =>
        new { code, name, type, parent, address, postcode };
}
