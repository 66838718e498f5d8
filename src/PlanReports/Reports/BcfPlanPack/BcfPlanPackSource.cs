using System.Data;
using Dapper;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>Fills the BCF plan pack: one per Health and Wellbeing Board.</summary>
internal sealed class BcfPlanPackSource(IDbConnection connection)
{
    private static readonly string[] Years = ["2014/15", "2015/16"];

    /// <summary>Every Health and Wellbeing Board.</summary>
    public IReadOnlyList<Organisation> Targets() => new OrganisationLookup(connection).AllOfType("hwb");

    /// <summary>The pack for one HWB.</summary>
    /// <exception cref="InvalidOperationException">The HWB has no plan in the store: there is nothing to pack.</exception>
    public BcfPlanPackModel Load(string hwbCode)
    {
        var organisations = new OrganisationLookup(connection);
        var query = new BcfPlanQuery(connection);
        var hwb = organisations.Get(hwbCode);
        var plan = query.Plan(hwbCode)
            ?? throw new InvalidOperationException($"{hwb.Name} ({hwbCode}) has no Better Care Fund plan in the store (table bcf_plan), so there is no pack to write.");
        var submission = new SubmissionLookup(connection).Get(plan.SubmissionCode);
        var councils = organisations.Linked(hwbCode, "hwb-council");
        var ccgs = organisations.Linked(hwbCode, "hwb-ccg");

        var lines = connection.Query<(string Source, string Contributor, string Year, long Amount)>(
                """
                SELECT f.source, o.name, f.year, f.amount_gbp FROM bcf_fund_line f JOIN organisation o ON o.code = f.organisation_code
                WHERE f.hwb_code = @hwbCode
                """,
                new { hwbCode })
            .ToList();
        var fundLines = lines.GroupBy(l => (l.Source, l.Contributor))
            .Select(g => new FundLine(g.Key.Source, g.Key.Contributor, g.Where(l => l.Year == "2014/15").Sum(l => l.Amount), g.Where(l => l.Year == "2015/16").Sum(l => l.Amount)))
            .OrderBy(l => SourceOrder(l.Source))
            .ThenBy(l => l.Contributor, StringComparer.Ordinal)
            .ToList();
        var minimums = connection.Query<(string Year, long Amount)>("SELECT year, amount_gbp FROM bcf_minimum WHERE hwb_code = @hwbCode", new { hwbCode })
            .ToDictionary(m => m.Year, m => m.Amount);
        var fundYears = Years
            .Select(y => new FundYear(y, lines.Where(l => l.Year == y).Sum(l => l.Amount), minimums.TryGetValue(y, out var m) ? m : null))
            .ToList();

        var schemes = connection.Query<SchemeRow>(
                """
                SELECT s.position AS Position, s.name AS Name, s.description AS Description, o.name AS LeadName,
                       s.spend_2014_15_gbp AS Spend1, s.spend_2015_16_gbp AS Spend2, s.expected_outcomes AS ExpectedOutcomes
                FROM bcf_scheme s JOIN organisation o ON o.code = s.lead_code WHERE s.hwb_code = @hwbCode ORDER BY s.position
                """,
                new { hwbCode })
            .Select(s => new BcfScheme(s.Position, s.Name, s.Description, s.LeadName, s.Spend1, s.Spend2, s.ExpectedOutcomes))
            .ToList();

        var risks = connection.Query<RiskRow>(
                """
                SELECT r.position AS Position, r.risk AS Risk, r.likelihood AS Likelihood, r.impact AS Impact, r.mitigation AS Mitigation, o.name AS OwnerName
                FROM bcf_risk r JOIN organisation o ON o.code = r.owner_code WHERE r.hwb_code = @hwbCode ORDER BY r.position
                """,
                new { hwbCode })
            .Select(r => new BcfRisk(r.Position, r.Risk, r.Likelihood, r.Impact, r.Mitigation, r.OwnerName))
            .ToList();

        var signed = connection.Query<(string Code, string Name, string Role, string On)>(
                "SELECT organisation_code, signatory_name, signatory_role, signed_on FROM bcf_signoff WHERE hwb_code = @hwbCode",
                new { hwbCode })
            .ToDictionary(s => s.Code);
        SignOff Needed(Organisation o, string role) => signed.TryGetValue(o.Code, out var s)
            ? new SignOff(o, role, s.Name, s.Role, DisplayFormat.ParseIso(s.On))
            : new SignOff(o, role, null, null, null);
        var signOffs = new[] { Needed(hwb, "Health and Wellbeing Board") }
            .Concat(councils.Select(c => Needed(c, "Council")))
            .Concat(ccgs.Select(c => Needed(c, "Clinical commissioning group")))
            .ToList();

        // The BCF plan's own dates (the round's submissions), not the CCG operational-plan timetable the round's
        // timetable_event rows hold (contracts, reconciliation with the TDA and Monitor, five-year plans).
        var timetable = connection.Query<(string Name, string Stage, string DueOn)>(
                "SELECT name, stage, due_on FROM submission WHERE round_code = @round ORDER BY due_on, code",
                new { round = submission.RoundCode })
            .Select(t => new TimetableStep(DisplayFormat.Date(t.DueOn), t.Name, t.Stage))
            .ToList();

        return new BcfPlanPackModel(
            hwb,
            councils,
            ccgs,
            submission,
            plan.Vision,
            plan.RiskSharingApproach,
            DisplayFormat.ParseIso(plan.SubmittedOn),
            fundLines,
            fundYears,
            schemes,
            query.Conditions(hwbCode),
            Metrics(hwbCode),
            query.Payments(plan.PerformancePool),
            risks,
            signOffs,
            timetable);
    }

    private IReadOnlyList<MetricAmbition> Metrics(string hwbCode)
    {
        var planned = connection.Query<MetricRow>(
                """
                SELECT p.position AS Position, p.metric_code AS MetricCode, p.local_name AS LocalName, p.local_justification AS Justification,
                       p.unit AS Unit, p.baseline_period AS BaselinePeriod, p.baseline_numerator AS BaselineNumerator,
                       p.baseline_denominator AS BaselineDenominator, p.ambition_period AS AmbitionPeriod,
                       p.ambition_numerator AS AmbitionNumerator, p.ambition_denominator AS AmbitionDenominator
                FROM bcf_metric_plan p WHERE p.hwb_code = @hwbCode ORDER BY p.position
                """,
                new { hwbCode })
            .ToList();
        var reference = connection.Query<ReferenceMetricRow>(
                """
                SELECT code AS Code, kind AS Kind, name AS Name, framework AS Framework, framework_ref AS FrameworkRef,
                       april_2015_period AS AprilPeriod, october_2015_period AS OctoberPeriod, polarity AS Polarity
                FROM bcf_metric ORDER BY position, code
                """)
            .ToDictionary(m => m.Code);
        var byCode = planned.Where(p => p.MetricCode is not null).ToDictionary(p => p.MetricCode!);

        // The five national metrics always appear, in the seed's order, whether or not the plan gives them;
        // then the local metric(s) as the plan orders them.
        var national = reference.Values.Where(m => m.Kind == "national")
            .Select(m => Ambition(m, byCode.GetValueOrDefault(m.Code)));
        var local = planned.Where(p => p.MetricCode is null || reference[p.MetricCode].Kind != "national")
            .Select(p => p.MetricCode is { } code ? Ambition(reference[code], p) : LocalAlternative(p));
        return national.Concat(local).ToList();
    }

    private static MetricAmbition Ambition(ReferenceMetricRow m, MetricRow? p) => new(
        m.Name,
        m.Kind == "national" ? "National" : "Local, from the menu",
        m.FrameworkRef is null ? null : $"{m.Framework} {m.FrameworkRef}",
        null,
        p?.Unit,
        m.Kind == "national" ? m.AprilPeriod : "Set locally",
        m.Kind == "national" ? m.OctoberPeriod : "Set locally",
        m.Polarity == "higher-is-better",
        p is null ? null : new MetricCounts(p.BaselinePeriod, p.BaselineNumerator, p.BaselineDenominator),
        AmbitionOf(p));

    private static MetricAmbition LocalAlternative(MetricRow p) => new(
        p.LocalName!,
        "Local alternative",
        null,
        p.Justification,
        p.Unit,
        "Set locally",
        "Set locally",
        null,
        new MetricCounts(p.BaselinePeriod, p.BaselineNumerator, p.BaselineDenominator),
        AmbitionOf(p));

    private static MetricCounts? AmbitionOf(MetricRow? p) =>
        p is { AmbitionPeriod: { } period, AmbitionNumerator: { } n, AmbitionDenominator: { } d } ? new MetricCounts(period, n, d) : null;

    private static int SourceOrder(string source) => Array.IndexOf(
        ["ccg-minimum", "ccg-additional", "social-care-transfer", "disabled-facilities-grant", "social-care-capital-grant", "local-authority-additional"], source);

    private sealed class SchemeRow
    {
        public int Position { get; init; }
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string LeadName { get; init; } = "";
        public long Spend1 { get; init; }
        public long Spend2 { get; init; }
        public string ExpectedOutcomes { get; init; } = "";
    }

    private sealed class RiskRow
    {
        public int Position { get; init; }
        public string Risk { get; init; } = "";
        public int Likelihood { get; init; }
        public int Impact { get; init; }
        public string Mitigation { get; init; } = "";
        public string OwnerName { get; init; } = "";
    }

    private sealed class MetricRow
    {
        public int Position { get; init; }
        public string? MetricCode { get; init; }
        public string? LocalName { get; init; }
        public string? Justification { get; init; }
        public string Unit { get; init; } = "";
        public string BaselinePeriod { get; init; } = "";
        public double BaselineNumerator { get; init; }
        public double BaselineDenominator { get; init; }
        public string? AmbitionPeriod { get; init; }
        public double? AmbitionNumerator { get; init; }
        public double? AmbitionDenominator { get; init; }
    }

    private sealed class ReferenceMetricRow
    {
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Name { get; init; } = "";
        public string? Framework { get; init; }
        public string? FrameworkRef { get; init; }
        public string? AprilPeriod { get; init; }
        public string? OctoberPeriod { get; init; }
        public string Polarity { get; init; } = "";
    }
}
