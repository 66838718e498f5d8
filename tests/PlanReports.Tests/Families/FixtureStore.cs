using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

/// <summary>
/// A small store for the family tests: the real migrations applied to an in-memory SQLite database, then a handful
/// of rows: two SHA clusters, three PCT clusters, four PCTs, one HWB, and both 2012/13 submissions.
/// </summary>
internal static class FixtureStore
{
    public const string Round = "2012-13";
    public const string January = "2012-13-jan";
    public const string April = "2012-13-apr";

    /// <summary>
    /// An open connection to a fresh fixture store; the database lives as long as the connection: SQLite in memory,
    /// or PostgreSQL tables in the session's temporary schema of the test database.
    /// </summary>
    public static DbConnection Create(StoreEngine engine = StoreEngine.Sqlite)
    {
        if (engine == StoreEngine.PostgreSql)
        {
            var postgres = new NpgsqlConnection(TestPostgres.ConnectionString);
            postgres.Open();

            // A first temporary table creates the session's own schema; with it first in the search path, every
            // table the migrations create is temporary too and goes when the connection closes.
            postgres.Execute("CREATE TEMPORARY TABLE fixture_session (id INTEGER); SET search_path = pg_temp");
            new Migrator(MigrationCatalogue.Embedded(StoreEngine.PostgreSql)).Apply(postgres);
            Fill(postgres);
            return postgres;
        }

        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        foreach (var file in Directory.GetFiles(MigrationsFolder(), "*.sql").OrderBy(f => f, StringComparer.Ordinal))
        {
            connection.Execute(File.ReadAllText(file));
        }

        connection.Execute("PRAGMA foreign_keys = ON");
        Fill(connection);
        return connection;
    }

    /// <summary>The fixture as a store file the runner can open, initialised by the store's own migrator.</summary>
    public static string CreateFile(string folder)
    {
        var path = Path.Combine(folder, "fixture.db");
        var store = new PlanStore(path);
        store.Initialise();
        using var connection = store.Open();
        Fill(connection);
        return path;
    }

    /// <summary>The fixture in <paramref name="temp"/>'s store (either engine), initialised by the store's own migrator; returns what --db takes.</summary>
    public static string CreateIn(TemporaryStore temp)
    {
        temp.Store.Initialise();
        using var connection = temp.Store.Open();
        Fill(connection);
        return temp.Store.Path;
    }

    private static void Fill(DbConnection connection)
    {
        using var tx = connection.BeginTransaction();
        if (connection is NpgsqlConnection)
        {
            // Rows are listed parents first, but a self-reference may not be: check keys at commit, as SQLite does.
            connection.Execute("SET CONSTRAINTS ALL DEFERRED");
        }

        Reference(connection);
        Organisations(connection);
        Plans(connection);
        BetterCareFund(connection);
        tx.Commit();
    }

    private static string MigrationsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanReports.sln")))
            {
                return Path.Combine(dir.FullName, "src", "PlanReports", "Store", "Migrations");
            }
        }

        throw new DirectoryNotFoundException("PlanReports.sln not found above the test binaries.");
    }

    private static readonly (string Code, string Name, string? Group)[] DomainRows =
    [
        ("overarching", "Overarching assurance", null),
        ("engagement", "Engagement", null),
        ("performance-quality", "Performance and quality", null),
        ("finance", "Finance", null),
        ("qipp", "QIPP", null),
        ("workforce", "Workforce", null),
        ("informatics", "Informatics", null),
        ("tr-ccgs", "Commissioning development – CCGs", "Transition and reform"),
        ("tr-commissioning-support", "Commissioning development – commissioning support", "Transition and reform"),
        ("tr-direct-commissioning", "Commissioning development – direct commissioning", "Transition and reform"),
        ("tr-hwb", "Health and wellbeing boards", "Transition and reform"),
        ("tr-public-health", "Public health", "Transition and reform"),
        ("tr-provider-development", "Provider development", "Transition and reform"),
    ];

    /// <summary>The domain codes in the seed's order.</summary>
    public static IReadOnlyList<string> DomainCodes { get; } = DomainRows.Select(d => d.Code).ToList();

    private static void Reference(System.Data.IDbConnection c)
    {
        var position = 1;
        foreach (var (code, name, group) in DomainRows)
        {
            c.Execute(
                "INSERT INTO assurance_domain VALUES (@code, @position, @name, @group, @label)",
                new { code, position = position++, name, group, label = group is null ? name : $"{group}: {name}" });
        }

        c.Execute("INSERT INTO assurance_question VALUES ('finance', 1, 'Is the plan consistent with the financial trajectories?'), ('finance', 2, 'Does the plan deliver the required surplus?'), ('tr-public-health', 1, 'Are the plans for public health transition robust?')");
        c.Execute(
            """
            INSERT INTO indicator (code, name, indicator_group, outcomes_domain, public_health, unit, polarity, standard_text, standard_value, frequency, data_source) VALUES
              ('ae-4h', 'A&E total time in department under 4 hours', 'Quality', 4, 0, 'percentage', 'higher-is-better', '95% within 4 hours', 95, 'quarterly', 'Unify'),
              ('mrsa', 'Incidence of MRSA', 'Quality', 5, 0, 'count', 'lower-is-better', 'No more than the objective of 2', 2, 'monthly', 'HPA'),
              ('quitters', 'Smoking quitters', 'Quality', NULL, 1, 'count', 'neutral', NULL, NULL, 'quarterly', 'Unify')
            """);
        c.Execute(
            """
            INSERT INTO national_milestone (code, category, text, due_text, due_date) VALUES
              ('ph-1', 'Public health', 'Agree the local public health transition plan with local authorities', 'by March 2012', '2012-03-31'),
              ('ph-2', 'Public health', 'Transfer public health staff to local authorities', 'by March 2013', '2013-03-31'),
              ('cd-1', 'Commissioning development', 'Delegate 100% of the commissioning budget to emerging CCGs', 'by end March 2012', '2012-03-31')
            """);
        c.Execute(
            """
            INSERT INTO ph_checklist_item VALUES
              ('1', NULL, 'section', 1, 'Ensuring a robust transfer of systems and services'),
              ('1.1', '1', 'prompt', 1, 'Is there a clear local plan?'),
              ('1.2', '1', 'prompt', 2, 'Is it clear how mandated services are to be delivered:'),
              ('1.2.a', '1.2', 'sub-prompt', 1, 'Appropriate access to sexual health services,'),
              ('1.2.b', '1.2', 'sub-prompt', 2, 'National Child Measurement Programme,'),
              ('2', NULL, 'section', 2, 'Workforce'),
              ('2.1', '2', 'prompt', 1, 'Has the workforce element been developed in accordance with the Concordat?')
            """);
        c.Execute(
            """
            INSERT INTO bcf_condition VALUES
              ('jointly-agreed', 1, 'Plans to be jointly agreed', 'Signed off by the HWB, councils and CCGs.', 0),
              ('protect-social-care', 2, 'Protection for social care services (not spending)', 'Explain how services are protected.', 1),
              ('seven-day', 3, '7-day services', 'Confirm 7-day services.', 1),
              ('data-sharing', 4, 'Better data sharing between health and social care, based on the NHS number', 'Use the NHS number.', 0),
              ('joint-assessment', 5, 'Joint approach to assessments and care planning', 'Accountable professional.', 1),
              ('acute-impact', 6, 'Agreement on the consequential impact of changes in the acute sector', 'Provider by provider.', 1)
            """);
        c.Execute(
            """
            INSERT INTO bcf_metric VALUES
              ('care-home-admissions', 'national', 'Admissions to residential and care homes', NULL, NULL, 'N/A', 'Apr 2014 – Mar 2015', 'lower-is-better', 1),
              ('reablement', 'national', 'Effectiveness of reablement', NULL, NULL, 'N/A', 'Apr 2014 – Mar 2015', 'higher-is-better', 2),
              ('dtoc', 'national', 'Delayed transfers of care', NULL, NULL, 'Apr – Dec 2014', 'Jan – Jun 2015', 'lower-is-better', 3),
              ('emergency-admissions', 'national', 'Avoidable emergency admissions', NULL, NULL, 'Apr – Sept 2014', 'Oct 2014 – Mar 2015', 'lower-is-better', 4),
              ('experience', 'national', 'Patient/service user experience', NULL, NULL, 'N/A', 'Details TBC', 'higher-is-better', 5),
              ('dementia-diagnosis', 'local-menu', 'Estimated diagnosis rate for people with dementia', 'NHS Outcomes Framework', '2.6i', NULL, NULL, 'higher-is-better', 6)
            """);
        c.Execute(
            """
            INSERT INTO bcf_payment_tranche VALUES
              (1, 'April 2015', '£250m', 250000000, 'Progress against four of the national conditions:'),
              (2, 'April 2015', '£250m', 250000000, 'Progress against the local metric and two of the national metrics:'),
              (3, 'October 2015', '£500m', 500000000, 'Further progress against all of the national and local metrics.')
            """);
        c.Execute(
            """
            INSERT INTO bcf_payment_tranche_item VALUES
              (1, 1, 'protection for adult social care services'),
              (1, 2, 'providing 7-day services to support patients being discharged and prevent unnecessary admissions at weekends'),
              (2, 1, 'delayed transfers of care; and'),
              (2, 2, 'avoidable emergency admissions.')
            """);
        c.Execute(
            """
            INSERT INTO timetable_event VALUES
              ('bcf-2014-16', 1, '14 February 2014', '2014-02-14', NULL, 'First cut of the Better Care Plan'),
              ('bcf-2014-16', 2, '4 April 2014', '2014-04-04', NULL, 'Revised Better Care Plan submitted to NHS England')
            """);
    }

    private static void Organisations(System.Data.IDbConnection c)
    {
        const string insert = "INSERT INTO organisation VALUES (@code, @name, @type, @parent, @address, @postcode, '2011-10-01', NULL)";
        object Org(string code, string name, string type, string? parent, string? address = null, string? postcode = null) =>
            new { code, name, type, parent, address, postcode };
        c.Execute(insert, new[]
        {
            Org("DH", "Department of Health", "dh", null, "Richmond House\n79 Whitehall\nLondon", "SW1A 2NS"),
            Org("NHSE", "NHS England", "nhs-england", null, "Quarry House\nLeeds", "LS2 7UE"),
            Org("Q01", "Northern SHA Cluster", "sha-cluster", "DH", "1 North Road\nNewtown", "NE1 1AA"),
            Org("Q02", "Southern SHA Cluster", "sha-cluster", "DH", "2 South Road\nSouthtown", "SO1 1AA"),
            Org("C1", "Alpha PCT Cluster", "pct-cluster", "Q01", "10 Alpha Street\nAlphaton", "AL1 1AA"),
            Org("C2", "Beta PCT Cluster", "pct-cluster", "Q01", "20 Beta Street\nBetaton", "BE1 1AA"),
            Org("C3", "Gamma PCT Cluster", "pct-cluster", "Q02"),
            Org("P1", "Alpha North PCT", "pct", "C1"),
            Org("P2", "Alpha South PCT", "pct", "C1"),
            Org("P3", "Beta PCT", "pct", "C2"),
            Org("P4", "Gamma PCT", "pct", "C3"),
            Org("LA1", "Alphashire County Council", "local-authority", null),
            Org("LA2", "Alpha City Council", "local-authority", null),
            Org("G1", "NHS Alpha North CCG", "ccg", "C1"),
            Org("G2", "NHS Alpha South CCG", "ccg", "C1"),
            Org("H1", "Alphashire Health and Wellbeing Board", "hwb", null, "County Hall\nAlphaton", "AL1 9ZZ"),
        });
        c.Execute(
            """
            INSERT INTO organisation_link VALUES
              ('C1', 'LA1', 'works-with-local-authority'), ('C1', 'LA2', 'works-with-local-authority'),
              ('H1', 'LA1', 'hwb-council'), ('H1', 'G1', 'hwb-ccg'), ('H1', 'G2', 'hwb-ccg')
            """);
        c.Execute(
            """
            INSERT INTO contact VALUES
              ('dh-df', 'DH', 'signatory', 'David Flory', 'Deputy NHS Chief Executive', 'Dear David', NULL),
              ('q01-ce', 'Q01', 'chief-executive', 'Ann North', 'Chief Executive', 'Dear Ann', NULL),
              ('c1-ce', 'C1', 'chief-executive', 'Bob Alpha', 'Chief Executive', 'Dear Bob', NULL),
              ('c2-ce', 'C2', 'chief-executive', 'Cat Beta', 'Chief Executive', 'Dear Cat', NULL),
              ('nhse-sig', 'NHSE', 'signatory', 'Dee England', 'Director of Commissioning', 'Dear Dee', NULL),
              ('h1-chair', 'H1', 'hwb-chair', 'Cllr Eve Shire', 'Chair, Alphashire Health and Wellbeing Board', 'Dear Councillor Shire', NULL)
            """);
        c.Execute(
            """
            INSERT INTO planning_round VALUES
              ('2012-13', 'Integrated plans 2012/13', 'integrated-plan', '2012-04-01', '2013-03-31'),
              ('bcf-2014-16', 'Better Care Fund 2014/15 to 2015/16', 'bcf', '2014-04-01', '2016-03-31')
            """);
        c.Execute(
            """
            INSERT INTO submission VALUES
              ('2012-13-jan', '2012-13', 'Initial submission', 'initial', '2012-01-27'),
              ('2012-13-apr', '2012-13', 'Final submission', 'final', '2012-04-05'),
              ('bcf-feb', 'bcf-2014-16', 'First cut of the Better Care Plan', 'initial', '2014-02-14'),
              ('bcf-apr', 'bcf-2014-16', 'Revised Better Care Plan', 'final', '2014-04-04')
            """);
    }

    private static void Plans(System.Data.IDbConnection c)
    {
        const string rating = "INSERT INTO domain_rating VALUES (@s, @o, @d, @rag, @commentary, @risks, @action)";
        foreach (var d in DomainCodes)
        {
            // Alpha: finance red, QIPP amber, the rest green; key risks everywhere except public health.
            var rag = d switch { "finance" => "red", "qipp" => "amber", _ => "green" };
            c.Execute(rating, new
            {
                s = April, o = "C1", d, rag, commentary = $"Alpha {d} commentary.",
                risks = d == "tr-public-health" ? null : $"Alpha {d} risk.",
                action = d == "tr-public-health" ? null : $"Alpha {d} mitigation.",
            });
            c.Execute(rating, new { s = January, o = "C1", d, rag = d == "finance" ? "amber" : "green", commentary = $"Alpha January {d}.", risks = (string?)null, action = (string?)null });
        }

        // Beta: only four domains rated in April, workforce red.
        foreach (var (d, rag) in new[] { ("overarching", "amber"), ("finance", "green"), ("workforce", "red"), ("qipp", "green") })
        {
            c.Execute(rating, new { s = April, o = "C2", d, rag, commentary = $"Beta {d} commentary.", risks = $"Beta {d} risk.", action = $"Beta {d} mitigation." });
        }

        c.Execute(rating, new { s = April, o = "C3", d = "finance", rag = "red", commentary = "Gamma finance.", risks = "Gamma finance risk.", action = "Gamma mitigation." });

        c.Execute(
            """
            INSERT INTO decision VALUES
              ('pa-c1', 'pct-assurance', '2012-13-apr', 'C1', 'Q01', 'q01-ce', '2012-04-20', '2012-04-23', 'Q01/PA/001', 'assured-with-conditions', 'amber', 'The plan is assured subject to the finance recovery actions below.', '2012-06-15'),
              ('pa-c2', 'pct-assurance', '2012-13-apr', 'C2', 'Q01', 'q01-ce', NULL, '2012-04-24', NULL, 'assured', 'green', 'The plan is assured.', NULL),
              ('bcf-h1', 'bcf-approval', 'bcf-apr', 'H1', 'NHSE', 'nhse-sig', NULL, '2014-06-30', 'NHSE/BCF/H1', 'approved-subject-to-conditions', NULL, 'The plan is approved subject to the conditions below.', NULL)
            """);
        c.Execute(
            """
            INSERT INTO decision_condition VALUES
              ('pa-c1', 1, 'condition', 'Submit a revised financial recovery plan.', 'Director of Finance, Alpha PCT Cluster', '2012-05-31'),
              ('pa-c1', 2, 'action', 'Confirm QIPP milestones for the urgent care programme.', 'QIPP Director', '2012-06-30'),
              ('bcf-h1', 1, 'condition', 'Agree the acute sector impact with each provider.', 'Alphashire HWB', '2014-09-30')
            """);
        c.Execute("INSERT INTO decision_risk VALUES ('pa-c1', 1, 'Savings slip in urgent care.', 'Monthly recovery meetings.')");

        c.Execute(
            """
            INSERT INTO trajectory (submission_code, organisation_code, indicator_code, period, planned_value) VALUES
              ('2012-13-apr', 'P1', 'ae-4h', '2012-Q1', 95.5), ('2012-13-apr', 'P1', 'ae-4h', '2012-Q2', 94.2), ('2012-13-apr', 'P1', 'ae-4h', '2012-Q3', 93.8), ('2012-13-apr', 'P1', 'ae-4h', '2012-Q4', 95.1),
              ('2012-13-apr', 'P2', 'ae-4h', '2012-Q1', 96.0), ('2012-13-apr', 'P2', 'ae-4h', '2012-Q2', 96.0), ('2012-13-apr', 'P2', 'ae-4h', '2012-Q3', 95.5), ('2012-13-apr', 'P2', 'ae-4h', '2012-Q4', 95.9),
              ('2012-13-apr', 'P1', 'mrsa', '2012-04', 0), ('2012-13-apr', 'P1', 'mrsa', '2012-05', 3),
              ('2012-13-apr', 'P1', 'quitters', '2012-Q1', 410),
              ('2012-13-apr', 'P3', 'ae-4h', '2012-Q1', 97.0),
              ('2012-13-jan', 'P1', 'ae-4h', '2012-Q1', 95.5), ('2012-13-jan', 'P1', 'ae-4h', '2012-Q2', 95.0), ('2012-13-jan', 'P1', 'ae-4h', '2012-Q3', 95.0), ('2012-13-jan', 'P1', 'ae-4h', '2012-Q4', 95.1)
            """);

        c.Execute(
            """
            INSERT INTO planned_savings VALUES
              ('2012-13-apr', 'C1', '2012/13', 20000), ('2012-13-apr', 'C1', '2013/14', 18000), ('2012-13-apr', 'C1', '2014/15', 10000),
              ('2012-13-jan', 'C1', '2012/13', 22000), ('2012-13-jan', 'C1', '2013/14', 18000), ('2012-13-jan', 'C1', '2014/15', 10000)
            """);
        c.Execute(
            """
            INSERT INTO qipp_programme VALUES
              ('q-urgent', '2012-13-apr', 'C1', 'Urgent care redesign', 'One urgent care centre per locality', 6000, 5000, 2000, 'Fewer breaches', '-5% non-elective admissions', '-20 WTE', 'A&E 4-hour standard'),
              ('q-prescribing', '2012-13-apr', 'C1', 'Prescribing', 'Generic prescribing above 80%', 5000, 4000, 4000, NULL, NULL, NULL, NULL)
            """);
        c.Execute(
            """
            INSERT INTO milestone VALUES
              ('m-u1', '2012-13-apr', 'C1', 'qipp', 'q-urgent', NULL, 'C1', 'Urgent care centre open in the north', 'Centre open', '2012/13 Q2'),
              ('m-u2', '2012-13-apr', 'C1', 'qipp', 'q-urgent', NULL, 'C1', 'Urgent care centre open in the south', NULL, '2013/14 Q1'),
              ('m-r1', '2012-13-apr', 'C1', 'reform', NULL, 'ph-1', 'C1', 'Public health transition plan agreed with local authorities', NULL, '2011/12 Q4'),
              ('m-r2', '2012-13-apr', 'C1', 'reform', NULL, 'cd-1', 'G1', '100% budget delegated to CCGs', NULL, '2011/12 Q4'),
              ('m-r3', '2012-13-apr', 'C2', 'reform', NULL, NULL, 'C2', 'Beta shadow HWB established', NULL, '2011/12 Q4'),
              ('m-s1', '2012-13-apr', 'Q01', 'sha-transition', NULL, NULL, 'Q01', 'SHA PMS contracts divested', NULL, '2012/13 Q2')
            """);
        c.Execute(
            """
            INSERT INTO milestone_progress VALUES
              ('m-u1', '2012-05', 'on-track', NULL), ('m-u1', '2012-06', 'slipped', 'Estates delay.'),
              ('m-r1', '2012-05', 'complete', NULL),
              ('m-r3', '2012-06', 'at-risk', 'Chair not yet appointed.'),
              ('m-s1', '2012-06', 'on-track', NULL)
            """);
        c.Execute("INSERT INTO sha_assurance_narrative VALUES ('2012-13-apr', 'Q01', 'Each plan was reviewed by a panel.', 'Material changes were signed off by the SHA cluster board.', 'Financial risk concentrated in Alpha.')");
        c.Execute(
            """
            INSERT INTO ph_checklist_response VALUES
              ('2012-13-apr', 'C1', '1.1', 'complete', 'Plan agreed at the joint board.', NULL, NULL, NULL),
              ('2012-13-apr', 'C1', '1.2', 'in-progress', 'Draft service map.', 'Finish the service map.', 'Director of Public Health', '2012-07-31'),
              ('2012-13-apr', 'C1', '1.2.a', 'complete', 'Sexual health contracts novated.', NULL, NULL, NULL),
              ('2012-13-apr', 'C1', '1.2.b', 'not-started', NULL, 'Agree NCMP delivery with schools.', 'Public health lead', '2012-09-30')
            """);
    }

    private static void BetterCareFund(System.Data.IDbConnection c)
    {
        c.Execute("INSERT INTO bcf_plan VALUES ('H1', 'bcf-apr', 'Care closer to home.', 'Overspends shared in proportion to contributions.', 2000000, '2014-04-04')");
        c.Execute(
            """
            INSERT INTO bcf_fund_line VALUES
              ('H1', 'G1', 'ccg-minimum', '2015/16', 6000000), ('H1', 'G2', 'ccg-minimum', '2015/16', 4000000),
              ('H1', 'LA1', 'disabled-facilities-grant', '2015/16', 1000000),
              ('H1', 'LA1', 'social-care-transfer', '2014/15', 3000000), ('H1', 'G1', 'ccg-additional', '2014/15', 500000)
            """);
        c.Execute("INSERT INTO bcf_minimum VALUES ('H1', '2014/15', 3000000), ('H1', '2015/16', 11500000)");
        c.Execute(
            """
            INSERT INTO bcf_scheme VALUES
              ('H1', 1, 'Integrated reablement', 'One reablement team', 'LA1', 1500000, 4000000, 'Fewer care home admissions'),
              ('H1', 2, 'Seven-day discharge', 'Weekend social work', 'G1', 500000, 2000000, 'Shorter delays')
            """);
        c.Execute(
            """
            INSERT INTO bcf_condition_status VALUES
              ('H1', 'jointly-agreed', 'met', 'Signed by all parties.'),
              ('H1', 'protect-social-care', 'met', 'Eligibility kept at substantial.'),
              ('H1', 'seven-day', 'on-track', 'Weekend teams from October.'),
              ('H1', 'data-sharing', 'not-met', 'NHS number not yet used by the council.'),
              ('H1', 'joint-assessment', 'met', 'Named GP for over-75s.')
            """);
        c.Execute(
            """
            INSERT INTO bcf_metric_plan VALUES
              ('H1', 1, 'care-home-admissions', NULL, NULL, 'rate-per-100000', '2012/13', 800, 100000, '2014/15', 700, 100000),
              ('H1', 2, 'reablement', NULL, NULL, 'percentage', '2012/13', 820, 1000, '2014/15', 860, 1000),
              ('H1', 3, 'emergency-admissions', NULL, NULL, 'rate-per-100000', '2012/13', 1200, 250000, '2014/15', 1150, 252000),
              ('H1', 4, 'experience', NULL, NULL, 'score', '2012/13', 78, 100, NULL, NULL, NULL),
              ('H1', 5, NULL, 'Falls admissions among people aged 65 and over', 'Linked to the JHWS falls priority.', 'rate-per-100000', '2012/13', 300, 60000, '2014/15', 250, 60000)
            """);
        c.Execute("INSERT INTO bcf_risk VALUES ('H1', 1, 'Emergency admissions do not fall.', 4, 5, 'Contingency fund held back.', 'G1'), ('H1', 2, 'Care home market fragility.', 2, 3, 'Market position statement.', 'LA1')");
        c.Execute("INSERT INTO bcf_signoff VALUES ('H1', 'H1', 'Cllr Eve Shire', 'Chair', '2014-04-02'), ('H1', 'G1', 'Dr Gee North', 'Accountable Officer', '2014-04-01')");
    }
}
