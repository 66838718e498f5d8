using System.Data.Common;
using System.Globalization;

namespace PlanReports.Workbooks;

/// <summary>
/// The health and wellbeing board's Better Care Fund plan workbook (seed 003): the plan, funding by source beside
/// the minimum, schemes, the six national conditions, the metrics with baseline and ambition, risks and
/// sign-offs, pre-filled with what the store holds for the board.
/// </summary>
internal static class BcfPlanWorkbook
{
    // Sane bounds: pounds up to £10bn for a single line, counts up to a billion.
    private const double MaxPounds = 1e10;
    private const double MaxCount = 1e9;

    public static WorkbookLayout Build(DbConnection connection, string hwb, string hwbName, WorkbookRound round)
    {
        var fixedColumns = new List<KeyValuePair<string, string>> { new("hwb_code", hwb) };
        string[] scope = ["hwb_code"];
        var names = StoreRows.Query(connection, "SELECT code, name FROM organisation").ToDictionary(r => (string)r[0]!, r => (string?)r[1]);
        string? NameOf(object? code) => code is string c ? names.GetValueOrDefault(c) : null;

        var plan = StoreRows.Query(connection, "SELECT vision, risk_sharing_approach, performance_pool_gbp, submitted_on FROM bcf_plan WHERE hwb_code = @h", ("@h", hwb))
            .Select(r => WorkbookRow.Of(r)).DefaultIfEmpty(WorkbookRow.Of(null, null, null, null)).ToList();
        var minimum = StoreRows.Query(connection, "SELECT year, amount_gbp FROM bcf_minimum WHERE hwb_code = @h ORDER BY year", ("@h", hwb))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r[0]}: £{(long)r[1]!:N0}")).ToList();
        var fund = StoreRows.Query(connection,
            "SELECT organisation_code, source, year, amount_gbp FROM bcf_fund_line WHERE hwb_code = @h ORDER BY year, source, organisation_code", ("@h", hwb))
            .Select(r => WorkbookRow.Of(r[0], NameOf(r[0]), r[1], r[2], r[3])).ToList();
        var schemes = StoreRows.Query(connection,
            "SELECT position, name, description, lead_code, spend_2014_15_gbp, spend_2015_16_gbp, expected_outcomes FROM bcf_scheme WHERE hwb_code = @h ORDER BY position", ("@h", hwb))
            .Select(r => WorkbookRow.Of(r)).ToList();
        var conditions = StoreRows.Query(connection,
            """
            SELECT c.code, c.name, s.status, s.explanation FROM bcf_condition c
            LEFT JOIN bcf_condition_status s ON s.condition_code = c.code AND s.hwb_code = @h ORDER BY c.position
            """, ("@h", hwb)).Select(r => WorkbookRow.Of(r)).ToList();
        var metrics = StoreRows.Query(connection,
            """
            SELECT p.position, p.metric_code, m.name, p.local_name, p.local_justification, p.unit, p.baseline_period, p.baseline_numerator,
                   p.baseline_denominator, p.ambition_period, p.ambition_numerator, p.ambition_denominator
            FROM bcf_metric_plan p LEFT JOIN bcf_metric m ON m.code = p.metric_code WHERE p.hwb_code = @h ORDER BY p.position
            """, ("@h", hwb)).Select(r => WorkbookRow.Of(r)).ToList();
        var risks = StoreRows.Query(connection,
            "SELECT position, risk, likelihood, impact, mitigation, owner_code FROM bcf_risk WHERE hwb_code = @h ORDER BY position", ("@h", hwb))
            .Select(r => WorkbookRow.Of(r)).ToList();
        var signoffs = StoreRows.Query(connection,
            "SELECT organisation_code, signatory_name, signatory_role, signed_on FROM bcf_signoff WHERE hwb_code = @h ORDER BY organisation_code", ("@h", hwb))
            .Select(r => WorkbookRow.Of(r[0], NameOf(r[0]), r[1], r[2], r[3])).ToList();

        // The partners who may contribute, lead, own or sign: the board, its council and CCGs, and anyone the plan already names.
        var partners = new SortedSet<string>(StringComparer.Ordinal) { hwb };
        partners.UnionWith(StoreRows.Texts(connection,
            "SELECT to_code FROM organisation_link WHERE from_code = @h AND relation IN ('hwb-council', 'hwb-ccg')", ("@h", hwb)));
        partners.UnionWith(fund.Select(r => (string)r.Values[0]!).Concat(schemes.Select(r => (string)r.Values[3]!))
            .Concat(risks.Select(r => (string)r.Values[5]!)).Concat(signoffs.Select(r => (string)r.Values[0]!)));

        var pounds = CellRule.Pounds(MaxPounds);
        var count = CellRule.Number(0, MaxCount);
        var sheets = new List<WorkbookSheet>
        {
            new("Plan", "The plan", "The board's vision for integrated care, its approach to sharing risk, the performance pool and the date the plan was submitted.",
                "bcf_plan",
                [
                    WorkbookColumn.Input("Vision", "vision", 70),
                    WorkbookColumn.Input("Risk sharing approach", "risk_sharing_approach", 60),
                    WorkbookColumn.Input("Performance pool (£)", "performance_pool_gbp", 16, pounds),
                    WorkbookColumn.Input("Submitted on", "submitted_on", 13, CellRule.Date),
                ],
                plan, 0, [.. fixedColumns, new("submission_code", round.SubmissionCode)], scope),
            new("Funding", "Funding by source",
                $"Each contribution to the pooled fund, by contributor, source and year, in pounds. Minimum fund: {(minimum.Count == 0 ? "not set" : string.Join("; ", minimum))}.",
                "bcf_fund_line",
                [
                    WorkbookColumn.Input("Contributor code", "organisation_code", 12, CellRule.OneOf("List_Partner")),
                    WorkbookColumn.Reference("Contributor", 34),
                    WorkbookColumn.Input("Source", "source", 26, CellRule.OneOf("List_Fund_Source")),
                    WorkbookColumn.Input("Year", "year", 9, CellRule.OneOf("List_Year")),
                    WorkbookColumn.Input("Amount (£)", "amount_gbp", 14, pounds),
                ],
                fund, 10, fixedColumns, scope),
            new("Schemes", "Schemes", "The schemes the fund pays for, their lead, spend in each year in pounds, and expected outcomes. Add schemes in the empty rows.",
                "bcf_scheme",
                [
                    WorkbookColumn.Key("No.", "position", 5, CellRule.Whole(1, 999)),
                    WorkbookColumn.Input("Scheme", "name", 30),
                    WorkbookColumn.Input("Description", "description", 50),
                    WorkbookColumn.Input("Lead (organisation code)", "lead_code", 12, CellRule.OneOf("List_Partner")),
                    WorkbookColumn.Input("Spend 2014/15 (£)", "spend_2014_15_gbp", 14, pounds),
                    WorkbookColumn.Input("Spend 2015/16 (£)", "spend_2015_16_gbp", 14, pounds),
                    WorkbookColumn.Input("Expected outcomes", "expected_outcomes", 44),
                ],
                schemes, 5, fixedColumns, scope),
            new("Conditions", "National conditions", "The status of each of the six national conditions and the evidence for it.", "bcf_condition_status",
                [
                    WorkbookColumn.Key("Condition code", "condition_code", 22),
                    WorkbookColumn.Reference("Condition", 50),
                    WorkbookColumn.Input("Status", "status", 10, CellRule.OneOf("List_Condition_Status")),
                    WorkbookColumn.Input("Evidence", "explanation", 70),
                ],
                conditions, 0, fixedColumns, scope),
            new("Metrics", "Metrics: baseline and ambition",
                "The national metrics and the local metric, each with its baseline and ambition as numerator and denominator. A local metric gives its name and why it was chosen.",
                "bcf_metric_plan",
                [
                    WorkbookColumn.Key("No.", "position", 5, CellRule.Whole(1, 99)),
                    WorkbookColumn.Input("Metric code", "metric_code", 20, CellRule.OneOf("List_Metric")),
                    WorkbookColumn.Reference("Metric", 40),
                    WorkbookColumn.Input("Local metric", "local_name", 24),
                    WorkbookColumn.Input("Why chosen", "local_justification", 30),
                    WorkbookColumn.Input("Unit", "unit", 14, CellRule.OneOf("List_Unit")),
                    WorkbookColumn.Input("Baseline period", "baseline_period", 11),
                    WorkbookColumn.Input("Baseline numerator", "baseline_numerator", 12, count),
                    WorkbookColumn.Input("Baseline denominator", "baseline_denominator", 12, count),
                    WorkbookColumn.Input("Ambition period", "ambition_period", 11),
                    WorkbookColumn.Input("Ambition numerator", "ambition_numerator", 12, count),
                    WorkbookColumn.Input("Ambition denominator", "ambition_denominator", 12, count),
                ],
                metrics, 3, fixedColumns, scope),
            new("Risks", "Risks", "The risks to the plan, scored 1 (low) to 5 (high) for likelihood and impact, with the mitigation and its owner.", "bcf_risk",
                [
                    WorkbookColumn.Key("No.", "position", 5, CellRule.Whole(1, 999)),
                    WorkbookColumn.Input("Risk", "risk", 50),
                    WorkbookColumn.Input("Likelihood (1–5)", "likelihood", 11, CellRule.Whole(1, 5)),
                    WorkbookColumn.Input("Impact (1–5)", "impact", 11, CellRule.Whole(1, 5)),
                    WorkbookColumn.Input("Mitigation", "mitigation", 50),
                    WorkbookColumn.Input("Owner (organisation code)", "owner_code", 12, CellRule.OneOf("List_Partner")),
                ],
                risks, 5, fixedColumns, scope),
            new("Sign-offs", "Sign-offs", "Who signed the plan off for the board, the council and each CCG, and when.", "bcf_signoff",
                [
                    WorkbookColumn.Input("Organisation code", "organisation_code", 12, CellRule.OneOf("List_Partner")),
                    WorkbookColumn.Reference("Organisation", 34),
                    WorkbookColumn.Input("Signed by", "signatory_name", 24),
                    WorkbookColumn.Input("Role", "signatory_role", 30),
                    WorkbookColumn.Input("Signed on", "signed_on", 13, CellRule.Date),
                ],
                signoffs, 3, fixedColumns, scope),
        };

        var lists = new List<WorkbookList>
        {
            new("List_Partner", "Partner", partners.ToList()),
            new("List_Fund_Source", "Fund source", ["ccg-minimum", "ccg-additional", "disabled-facilities-grant", "social-care-capital-grant", "local-authority-additional", "social-care-transfer"]),
            new("List_Year", "Year", ["2014/15", "2015/16"]),
            new("List_Condition_Status", "Condition status", ["met", "on-track", "not-met"]),
            new("List_Metric", "Metric", StoreRows.Texts(connection, "SELECT code FROM bcf_metric ORDER BY kind, code")),
            new("List_Unit", "Unit", ["rate-per-100000", "percentage", "score"]),
        };

        var due = round.DueOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        string[] instructions =
        [
            $"This workbook is {hwbName}'s Better Care Fund plan for the {round.SubmissionName.ToLowerInvariant()} of the {round.RoundName} round, due on {due}. It is pre-filled with what was last received; correct and complete it.",
            "Type only in the pale yellow cells. Grey cells hold reference text (the national conditions, metric names, organisation names) exactly as the store holds it, and are locked.",
            "Funding: one row per contribution to the pooled fund (contributor, source, year, amount in pounds). The minimum fund is shown at the top of the sheet.",
            "Schemes, metrics and risks are numbered; add rows in the empty rows below with the next number. Likelihood and impact are scored 1 to 5.",
            "Conditions: give the status of each of the six national conditions (met, on-track or not-met) and the evidence.",
            "Sign-offs: the board, the council and each CCG; dates must fall within the round.",
            "Choose from the drop-down lists where a cell offers one. Do not rename, add or remove sheets, rows or columns.",
            "Return the workbook unchanged in form. It is imported as a whole: every value is checked, each error is reported with its sheet and cell, and nothing is stored until the whole workbook is correct. Importing it replaces what the store holds for this board's plan.",
        ];

        return new WorkbookLayout(WorkbookKind.BcfPlan, $"{hwbName}: Better Care Fund plan", hwb, hwbName, round.SubmissionCode,
            $"{round.SubmissionName} (due {due})", round.DueOn, round.RoundName, round.Starts, round.Ends, instructions, sheets, lists);
    }
}
