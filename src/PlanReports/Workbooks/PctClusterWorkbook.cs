using System.Data.Common;
using System.Globalization;

namespace PlanReports.Workbooks;

/// <summary>
/// The PCT cluster plan workbook for the 2012/13 round (seed 000): trajectories, planned savings and key QIPP
/// programmes, milestones, domain ratings with key risks, the workforce lines of enquiry and the public health
/// checklist, pre-filled with what the store holds for the cluster's submission.
/// </summary>
internal static class PctClusterWorkbook
{
    // Sane bounds for the numbers a plan holds: £000 savings up to £100bn, trajectory values up to a trillion
    // (counts and pounds), percentages 0 to 100.
    private const double MaxThousands = 1e8;
    private const double MaxValue = 1e12;

    public static WorkbookLayout Build(DbConnection connection, string cluster, string clusterName, WorkbookRound round)
    {
        var s = round.SubmissionCode;
        var fixedColumns = new List<KeyValuePair<string, string>> { new("submission_code", s), new("organisation_code", cluster) };
        string[] scope = ["submission_code", "organisation_code"];
        var sheets = new List<WorkbookSheet>
        {
            Trajectories(connection, cluster, s),
            Savings(connection, cluster, s, fixedColumns, scope),
            Programmes(connection, cluster, s, fixedColumns, scope),
            Milestones(connection, cluster, s, fixedColumns, scope),
            Domains(connection, cluster, s, fixedColumns, scope),
            Workforce(connection, cluster, s, fixedColumns, scope),
            PublicHealth(connection, cluster, s, fixedColumns, scope),
            NationalMilestones(connection),
            AssuranceQuestions(connection),
        };

        var lists = new List<WorkbookList>
        {
            new("List_Rag", "RAG rating", ["red", "amber", "green"]),
            new("List_Category", "Milestone category", ["qipp", "reform", "sha-transition"]),
            new("List_Checklist_Status", "Checklist status", ["complete", "in-progress", "not-started", "not-applicable"]),
            new("List_National_Milestone", "National milestone", StoreRows.Texts(connection, "SELECT code FROM national_milestone ORDER BY code")),
        };

        string[] instructions =
        [
            $"This workbook is {clusterName}'s plan for the {round.SubmissionName.ToLowerInvariant()} of the {round.RoundName} round, due on {round.DueOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. It is pre-filled with what was last received; correct and complete it.",
            "Type only in the pale yellow cells. Grey cells hold reference text (indicator names, national standards, domain names, lines of enquiry, checklist items) exactly as the policy documents give it, and are locked.",
            "Trajectories: one row per PCT, relevant indicator and national standard; plan a value for each month, quarter or year the indicator is reported for. An indicator with several standards has a row for each, numbered in the Standard column. Shaded cells do not apply to that indicator. Percentages are 0 to 100.",
            "Planned savings and key QIPP programmes are in £000. Add programmes and local milestones in the empty rows below the pre-filled ones, giving each a new code.",
            "Milestones: every national milestone on the National milestones sheet that applies to PCT clusters should be met by a milestone that names its code. Due quarters read like 2012/13 Q2.",
            "Domains: rate every domain red, amber or green with a commentary; give key risks and mitigating action in the final submission.",
            "Workforce and Public health: rate each line of enquiry and give the status of each checklist item; action dates must fall within the round.",
            "Choose from the drop-down lists where a cell offers one. Do not rename, add or remove sheets, rows or columns.",
            "Return the workbook unchanged in form. It is imported as a whole: every value is checked, each error is reported with its sheet and cell, and nothing is stored until the whole workbook is correct. Importing it replaces what the store holds for this organisation and submission.",
        ];

        return new WorkbookLayout(WorkbookKind.PctClusterPlan, $"{clusterName}: integrated plan {round.RoundName.Split(' ').Last()}",
            cluster, clusterName, s, $"{round.SubmissionName} (due {round.DueOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})", round.DueOn,
            round.RoundName, round.Starts, round.Ends, instructions, sheets, lists);
    }

    private static WorkbookSheet Trajectories(DbConnection connection, string cluster, string s)
    {
        var periods = new List<(string Period, string Header, string Frequency)>();
        for (var m = 0; m < 12; m++)
        {
            var month = new DateOnly(2012, 4, 1).AddMonths(m);
            periods.Add((month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month.ToString("MMM yyyy", CultureInfo.InvariantCulture), "monthly"));
        }

        string[] quarters = ["Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"];
        for (var q = 1; q <= 4; q++)
        {
            periods.Add((string.Create(CultureInfo.InvariantCulture, $"2012-Q{q}"), $"Q{q} ({quarters[q - 1]})", "quarterly"));
        }

        periods.Add(("2012/13", "Year 2012/13", "annual"));

        var columns = new List<WorkbookColumn>
        {
            WorkbookColumn.Key("PCT code", "organisation_code", 9),
            WorkbookColumn.Reference("PCT", 26),
            WorkbookColumn.Key("Indicator code", "indicator_code", 10),
            WorkbookColumn.Reference("Indicator", 44),
            WorkbookColumn.Reference("Unit", 11),
            WorkbookColumn.Key("Standard", "standard_position", 9, CellRule.Whole(1, 99)),
            WorkbookColumn.Reference("National standard", 40),
        };
        const int firstPeriod = 7;
        columns.AddRange(periods.Select(p => new WorkbookColumn(p.Header, "planned_value", ColumnRole.Period, 10, CellRule.Number(-MaxValue, MaxValue), p.Period)));

        var planned = StoreRows.Query(connection,
            """
            SELECT t.organisation_code, t.indicator_code, t.standard_position, t.period, t.planned_value
            FROM trajectory t JOIN organisation o ON o.code = t.organisation_code
            WHERE t.submission_code = @s AND o.parent_code = @c
            """, ("@s", s), ("@c", cluster));
        var values = planned.ToDictionary(r => ((string)r[0]!, (string)r[1]!, Convert.ToInt64(r[2], CultureInfo.InvariantCulture), (string)r[3]!), r => r[4]);
        var pcts = StoreRows.Query(connection, "SELECT code, name FROM organisation WHERE parent_code = @c AND type = 'pct' ORDER BY code", ("@c", cluster));
        var indicators = StoreRows.Query(connection, "SELECT code, name, unit, standard_text, frequency, planned_per_pct FROM indicator ORDER BY code")
            .ToDictionary(r => (string)r[0]!);
        // One row per national standard of an indicator (each is planned on its own), with the standard's measure
        // and quote beside it; an indicator without a standard has one row, position 1.
        var standards = StoreRows.Query(connection, "SELECT indicator_code, position, measure, quote FROM indicator_standard ORDER BY indicator_code, position")
            .ToLookup(r => (string)r[0]!, r => (Position: Convert.ToInt64(r[1], CultureInfo.InvariantCulture), Measure: (string?)r[2], Quote: (string)r[3]!));
        IEnumerable<long> PositionsOf(string code) => standards.Contains(code) ? standards[code].Select(x => x.Position) : [1L];
        var keys = pcts.SelectMany(p => indicators.Values.Where(i => (long)i[5]! == 1)
                .SelectMany(i => PositionsOf((string)i[0]!).Select(position => ((string)p[0]!, (string)i[0]!, position))))
            .Concat(values.Keys.Select(k => (k.Item1, k.Item2, k.Item3)))
            .Distinct()
            .Order()
            .ToList();
        var names = pcts.ToDictionary(p => (string)p[0]!, p => (string?)p[1]);

        var rows = new List<WorkbookRow>();
        foreach (var (pct, code, position) in keys)
        {
            var indicator = indicators[code];
            var standard = standards[code].Where(x => x.Position == position).Select(x => x.Measure is { } measure ? $"{measure}: {x.Quote}" : x.Quote).FirstOrDefault()
                ?? (string?)indicator[3];
            var cells = new List<object?> { pct, names.GetValueOrDefault(pct), code, indicator[1], indicator[2], position, standard };
            var notApplicable = new HashSet<int>();
            for (var p = 0; p < periods.Count; p++)
            {
                var value = values.GetValueOrDefault((pct, code, position, periods[p].Period));
                cells.Add(value);
                if (value is null && periods[p].Frequency != (string)indicator[4]!)
                {
                    notApplicable.Add(firstPeriod + p);
                }
            }

            rows.Add(new WorkbookRow(cells, notApplicable));
        }

        return new WorkbookSheet("Trajectories", "Trajectories for each PCT",
            "One row per PCT, relevant indicator and national standard (each standard is planned on its own: Category A's two parts, each referral to treatment standard); months, quarters and the year as columns. The standard is shown beside its number.",
            "trajectory", columns, rows, 0, [new("submission_code", s)], ["submission_code", "organisation_code"],
            PeriodColumn: "period", ValueColumn: "planned_value",
            PeriodRules: [new RuleWhen(4, "percentage", CellRule.Number(0, 100))]);
    }

    private static WorkbookSheet Savings(DbConnection connection, string cluster, string s, List<KeyValuePair<string, string>> fixedColumns, string[] scope)
    {
        var stored = StoreRows.Query(connection, "SELECT year, amount_k FROM planned_savings WHERE submission_code = @s AND organisation_code = @c", ("@s", s), ("@c", cluster))
            .ToDictionary(r => (string)r[0]!, r => r[1]);
        var rows = new[] { "2012/13", "2013/14", "2014/15" }.Select(y => WorkbookRow.Of(y, stored.GetValueOrDefault(y))).ToList();
        return new WorkbookSheet("Savings", "Planned savings", "The cluster's planned QIPP savings for each year, in £000.", "planned_savings",
            [WorkbookColumn.Key("Year", "year", 10), WorkbookColumn.Input("Planned savings (£000)", "amount_k", 22, CellRule.Number(0, MaxThousands))],
            rows, 0, fixedColumns, scope);
    }

    private static WorkbookSheet Programmes(DbConnection connection, string cluster, string s, List<KeyValuePair<string, string>> fixedColumns, string[] scope)
    {
        var savings = CellRule.Number(0, MaxThousands);
        var rows = StoreRows.Query(connection,
            """
            SELECT code, name, end_state, savings_2012_13_k, savings_2013_14_k, savings_2014_15_k, quality_impact, activity_impact, workforce_impact, kpi
            FROM qipp_programme WHERE submission_code = @s AND organisation_code = @c ORDER BY code
            """, ("@s", s), ("@c", cluster)).Select(r => WorkbookRow.Of(r)).ToList();
        return new WorkbookSheet("QIPP programmes", "Key QIPP programmes",
            "The key QIPP programmes, their end state, savings in £000 and impact on quality, activity and workforce. Add programmes in the empty rows.",
            "qipp_programme",
            [
                WorkbookColumn.Key("Code", "code", 12),
                WorkbookColumn.Input("Programme", "name", 30),
                WorkbookColumn.Input("End state", "end_state", 44),
                WorkbookColumn.Input("Savings 2012/13 (£000)", "savings_2012_13_k", 13, savings),
                WorkbookColumn.Input("Savings 2013/14 (£000)", "savings_2013_14_k", 13, savings),
                WorkbookColumn.Input("Savings 2014/15 (£000)", "savings_2014_15_k", 13, savings),
                WorkbookColumn.Input("Impact on quality", "quality_impact", 34),
                WorkbookColumn.Input("Impact on activity", "activity_impact", 34),
                WorkbookColumn.Input("Impact on workforce", "workforce_impact", 34),
                WorkbookColumn.Input("Key performance indicator", "kpi", 34),
            ],
            rows, 5, fixedColumns, scope);
    }

    private static WorkbookSheet Milestones(DbConnection connection, string cluster, string s, List<KeyValuePair<string, string>> fixedColumns, string[] scope)
    {
        var rows = StoreRows.Query(connection,
            """
            SELECT m.code, m.category, m.qipp_programme_code, m.national_milestone_code, n.text, m.owner_code, m.title, m.end_state, m.due_quarter
            FROM milestone m LEFT JOIN national_milestone n ON n.code = m.national_milestone_code
            WHERE m.submission_code = @s AND m.organisation_code = @c ORDER BY m.code
            """, ("@s", s), ("@c", cluster)).Select(r => WorkbookRow.Of(r)).ToList();
        return new WorkbookSheet("Milestones", "Milestones",
            "QIPP and reform milestones. A milestone meeting a national milestone (National milestones sheet) names its code. Add local milestones in the empty rows.",
            "milestone",
            [
                WorkbookColumn.Key("Code", "code", 13),
                WorkbookColumn.Input("Category", "category", 13, CellRule.OneOf("List_Category")),
                WorkbookColumn.Input("QIPP programme code", "qipp_programme_code", 12),
                WorkbookColumn.Input("National milestone code", "national_milestone_code", 12, CellRule.OneOf("List_National_Milestone")),
                WorkbookColumn.Reference("National milestone", 44),
                WorkbookColumn.Input("Owner (organisation code)", "owner_code", 12),
                WorkbookColumn.Input("Milestone", "title", 40),
                WorkbookColumn.Input("End state", "end_state", 40),
                WorkbookColumn.Input("Due quarter", "due_quarter", 12),
            ],
            rows, 10, fixedColumns, scope);
    }

    private static WorkbookSheet Domains(DbConnection connection, string cluster, string s, List<KeyValuePair<string, string>> fixedColumns, string[] scope)
    {
        var rows = StoreRows.Query(connection,
            """
            SELECT d.code, d.label, r.rag, r.commentary, r.key_risks, r.mitigating_action
            FROM assurance_domain d LEFT JOIN domain_rating r ON r.domain_code = d.code AND r.submission_code = @s AND r.organisation_code = @c
            ORDER BY d.position
            """, ("@s", s), ("@c", cluster)).Select(r => WorkbookRow.Of(r)).ToList();
        return new WorkbookSheet("Domains", "Domain ratings, key risks and mitigating action",
            "Rate each of the 13 key domains red, amber or green, with a commentary; give the key risks and the mitigating action.",
            "domain_rating",
            [
                WorkbookColumn.Key("Domain code", "domain_code", 16),
                WorkbookColumn.Reference("Domain", 36),
                WorkbookColumn.Input("RAG", "rag", 9, CellRule.OneOf("List_Rag")),
                WorkbookColumn.Input("Commentary", "commentary", 60),
                WorkbookColumn.Input("Key risks", "key_risks", 40),
                WorkbookColumn.Input("Mitigating action", "mitigating_action", 40),
            ],
            rows, 0, fixedColumns, scope);
    }

    private static WorkbookSheet Workforce(DbConnection connection, string cluster, string s, List<KeyValuePair<string, string>> fixedColumns, string[] scope)
    {
        var rows = StoreRows.Query(connection,
            """
            SELECT k.code, k.heading, k.text, a.rag, a.assessment
            FROM workforce_kloe k LEFT JOIN workforce_kloe_assessment a ON a.kloe_code = k.code AND a.submission_code = @s AND a.organisation_code = @c
            ORDER BY k.position
            """, ("@s", s), ("@c", cluster)).Select(r => WorkbookRow.Of(r)).ToList();
        return new WorkbookSheet("Workforce", "Workforce lines of enquiry",
            "Rate the plan against each workforce line of enquiry and say what evidences it.", "workforce_kloe_assessment",
            [
                WorkbookColumn.Key("Code", "kloe_code", 7),
                WorkbookColumn.Reference("Heading", 24),
                WorkbookColumn.Reference("Line of enquiry", 60),
                WorkbookColumn.Input("RAG", "rag", 9, CellRule.OneOf("List_Rag")),
                WorkbookColumn.Input("Assessment", "assessment", 60),
            ],
            rows, 0, fixedColumns, scope);
    }

    private static WorkbookSheet PublicHealth(DbConnection connection, string cluster, string s, List<KeyValuePair<string, string>> fixedColumns, string[] scope)
    {
        var items = StoreRows.Query(connection,
            """
            SELECT i.code, i.parent_code, i.position, i.level, i.text, r.status, r.evidence, r.action, r.action_owner, r.action_due
            FROM ph_checklist_item i LEFT JOIN ph_checklist_response r ON r.item_code = i.code AND r.submission_code = @s AND r.organisation_code = @c
            """, ("@s", s), ("@c", cluster));

        // The checklist is a tree (section, prompt, sub-prompt): rows follow it, each item before its children.
        var children = items.ToLookup(i => i[1] as string);
        var ordered = new List<object?[]>();
        void Walk(string? parent)
        {
            foreach (var item in children[parent].OrderBy(i => (long)i[2]!).ThenBy(i => (string)i[0]!, StringComparer.Ordinal))
            {
                ordered.Add(item);
                Walk((string)item[0]!);
            }
        }

        Walk(null);
        var rows = ordered.Select(i => WorkbookRow.Of(i[0], i[3], i[4], i[5], i[6], i[7], i[8], i[9])).ToList();
        return new WorkbookSheet("Public health", "Public health checklist",
            "The status of each item of the public health checklist, the evidence, and any action with its owner and date.", "ph_checklist_response",
            [
                WorkbookColumn.Key("Item", "item_code", 7),
                WorkbookColumn.Reference("Level", 10),
                WorkbookColumn.Reference("Checklist item", 60),
                WorkbookColumn.Input("Status", "status", 14, CellRule.OneOf("List_Checklist_Status")),
                WorkbookColumn.Input("Evidence", "evidence", 50),
                WorkbookColumn.Input("Action", "action", 36),
                WorkbookColumn.Input("Action owner", "action_owner", 20),
                WorkbookColumn.Input("Action due", "action_due", 12, CellRule.Date),
            ],
            rows, 0, fixedColumns, scope);
    }

    private static WorkbookSheet NationalMilestones(DbConnection connection)
    {
        var rows = StoreRows.Query(connection, "SELECT code, audience, category, quarter_label, due_text, text FROM national_milestone ORDER BY code")
            .Select(r => WorkbookRow.Of(r)).ToList();
        return new WorkbookSheet("National milestones", "National milestones (Annex 2)",
            "The national minimum expectations; for reference. A milestone on the Milestones sheet meets one by naming its code.", null,
            [
                WorkbookColumn.Reference("Code", 12),
                WorkbookColumn.Reference("For", 12),
                WorkbookColumn.Reference("Category", 24),
                WorkbookColumn.Reference("Quarter", 10),
                WorkbookColumn.Reference("Due", 16),
                WorkbookColumn.Reference("Milestone", 80),
            ],
            rows, 0, [], []);
    }

    private static WorkbookSheet AssuranceQuestions(DbConnection connection)
    {
        var rows = StoreRows.Query(connection,
            "SELECT d.label, q.number, q.text FROM assurance_question q JOIN assurance_domain d ON d.code = q.domain_code ORDER BY d.position, q.number")
            .Select(r => WorkbookRow.Of(r)).ToList();
        return new WorkbookSheet("Assurance questions", "Assurance questions (Annex 3)",
            "The questions the SHA cluster asks of each domain; for reference when writing the commentary.", null,
            [WorkbookColumn.Reference("Domain", 36), WorkbookColumn.Reference("No.", 5), WorkbookColumn.Reference("Question", 90)],
            rows, 0, [], []);
    }
}
