using PlanReports.Store;
using System.Data;
using System.Globalization;
using Dapper;
using PlanReports.Components;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports;

/// <summary>
/// Rolls PCT trajectories up to an area (a PCT cluster, an SHA cluster) for the indicators that have a national
/// standard: the plan for the last period of the year, summed for counts and averaged (unweighted, as the store
/// holds no denominators) for percentages and rates, with how many PCTs plan to meet the standard. One row per
/// standard, each rolled up from the trajectories planned against it (<c>trajectory.standard_position</c>) and
/// tested against its own figure: both parts of Category A and each referral to treatment standard stand on their
/// own row with their own plan, and a standard the Operating Framework names without a figure is shown as applying.
/// </summary>
public static class TrajectoryRollUp
{
    // DOUBLE PRECISION, not REAL: SQLite reads both as an 8-byte float, PostgreSQL's REAL is only 4 bytes.
    private const string Sql = """
        WITH RECURSIVE area(code) AS (
            SELECT code FROM organisation WHERE code = @areaCode
            UNION ALL
            SELECT o.code FROM organisation o JOIN area a ON o.parent_code = a.code
        ),
        pcts AS (SELECT o.code FROM organisation o JOIN area a ON o.code = a.code WHERE o.type = 'pct'),
        -- The area's plans, read PCT by PCT through the key (submission, organisation, ...) and kept: joined the other
        -- way round, SQLite read every plan of the submission for each area, which at scale 10 made each PCT
        -- cluster's letter scan 1.7 million rows.
        planned AS MATERIALIZED (
            SELECT t.organisation_code, t.indicator_code, t.standard_position, t.period, t.planned_value
            FROM pcts p CROSS JOIN trajectory t
            WHERE t.submission_code = @submissionCode AND t.organisation_code = p.code
        ),
        last_period AS (
            SELECT indicator_code, standard_position, MAX(period) AS period
            FROM planned
            GROUP BY indicator_code, standard_position
        )
        SELECT i.code AS Code, i.name AS Name, i.unit AS Unit, t.standard_position AS Position,
               CAST(lp.period AS TEXT) AS Period, t.organisation_code AS Pct, CAST(t.planned_value AS DOUBLE PRECISION) AS Planned
        FROM indicator i
        JOIN last_period lp ON lp.indicator_code = i.code
        JOIN planned t ON t.indicator_code = i.code AND t.standard_position = lp.standard_position AND t.period = lp.period
        WHERE EXISTS (SELECT 1 FROM indicator_standard s WHERE s.indicator_code = i.code) OR i.standard_value IS NOT NULL
        ORDER BY i.code, t.standard_position, t.organisation_code
        """;

    /// <summary>
    /// One row per national standard of each indicator the area's PCTs planned, ordered by indicator code and the
    /// standard's place.
    /// </summary>
    public static IReadOnlyList<TrajectoryRow> ForArea(IDbConnection store, string areaCode, string submissionCode)
    {
        var standards = IndicatorStandardQuery.All(store);
        var rows = store.Query<PlanRow>(Sql, new { areaCode, submissionCode });
        return rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var plans = g.ToList();
                var ofIndicator = standards[g.Key].ToList();
                return ofIndicator.Select(s =>
                {
                    var label = s.Label(plans[0].Name, ofIndicator.Count);
                    var against = plans.Where(p => p.Position == s.Position).ToList();
                    return against.Count == 0
                        ? new TrajectoryRow(label, s.QuoteText, plans[0].Unit, string.Empty, null, string.Empty, 0, 0, IndicatorStandard.NoPlan, s.ThresholdText)
                        : Summarise(label, s, against);
                });
            })
            .ToList();
    }

    /// <summary>"March 2013" for '2013-03', "Q4 2012/13" for '2012-Q4', the year as written for '2012/13'.</summary>
    public static string PeriodInWords(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Length == 7 && period[4] == '-' && period[5] != 'Q'
            && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return UkFormat.MonthAndYear(month);
        }

        if (period.Length == 7 && period[4..6] == "-Q" && int.TryParse(period[..4], CultureInfo.InvariantCulture, out var year))
        {
            return $"{period[5..]} {year}/{(year + 1) % 100:00}";
        }

        return period;
    }

    private static TrajectoryRow Summarise(string label, IndicatorStandard standard, List<PlanRow> plans)
    {
        var first = plans[0];
        var values = plans.Select(p => (decimal)p.Planned).ToList();
        var summed = first.Unit == "count";
        var planned = summed ? values.Sum() : values.Average();
        var how = $"{(summed ? "sum" : "average")} of {plans.Count} PCT plan{(plans.Count == 1 ? string.Empty : "s")}";
        return new TrajectoryRow(
            label,
            standard.QuoteText,
            first.Unit,
            PeriodInWords(first.Period),
            planned,
            how,
            plans.Count(p => !standard.Misses(p.Planned)),
            plans.Count,
            standard.Threshold is null ? IndicatorStandard.NoFigure : null,
            standard.ThresholdText);
    }

    // A class with setters, not a positional record: SQLite gives expression columns of an empty result no type,
    // which Dapper's constructor matching rejects.
    private sealed class PlanRow
    {
        public string Code { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string Unit { get; init; } = string.Empty;

        public long Position { get; init; }

        public string Period { get; init; } = string.Empty;

        public string Pct { get; init; } = string.Empty;

        public double Planned { get; init; }
    }
}
