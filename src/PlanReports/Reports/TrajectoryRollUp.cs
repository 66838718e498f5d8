using PlanReports.Store;
using System.Data;
using System.Globalization;
using Dapper;
using PlanReports.Components;

namespace PlanReports.Reports;

/// <summary>
/// Rolls PCT trajectories up to an area (a PCT cluster, an SHA cluster) for the indicators that have a national
/// standard: the plan for the last period of the year, summed for counts and averaged (unweighted, as the store
/// holds no denominators) for percentages and rates, with how many PCTs plan to meet the standard.
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
        last_period AS (
            SELECT t.indicator_code, MAX(t.period) AS period
            FROM trajectory t JOIN pcts p ON p.code = t.organisation_code
            WHERE t.submission_code = @submissionCode
            GROUP BY t.indicator_code
        )
        SELECT i.code AS Code, i.name AS Name, i.unit AS Unit, i.polarity AS Polarity,
               i.standard_text AS StandardText, CAST(i.standard_value AS DOUBLE PRECISION) AS StandardValue,
               CAST(lp.period AS TEXT) AS Period, t.organisation_code AS Pct, CAST(t.planned_value AS DOUBLE PRECISION) AS Planned
        FROM indicator i
        JOIN last_period lp ON lp.indicator_code = i.code
        JOIN trajectory t ON t.indicator_code = i.code AND t.period = lp.period AND t.submission_code = @submissionCode
        JOIN pcts p ON p.code = t.organisation_code
        WHERE i.standard_value IS NOT NULL
        ORDER BY i.code, t.organisation_code
        """;

    /// <summary>One row per indicator with a national standard that the area's PCTs planned, ordered by indicator code.</summary>
    public static IReadOnlyList<TrajectoryRow> ForArea(IDbConnection store, string areaCode, string submissionCode)
    {
        var rows = store.Query<PlanRow>(Sql, new { areaCode, submissionCode });
        return rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(g => Summarise(g.ToList()))
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

    private static TrajectoryRow Summarise(List<PlanRow> plans)
    {
        var first = plans[0];
        var values = plans.Select(p => (decimal)p.Planned).ToList();
        var summed = first.Unit == "count";
        var planned = summed ? values.Sum() : values.Average();
        var meeting = first.Polarity switch
        {
            "higher-is-better" => values.Count(v => v >= (decimal)first.StandardValue),
            "lower-is-better" => values.Count(v => v <= (decimal)first.StandardValue),
            _ => 0,
        };
        var how = $"{(summed ? "sum" : "average")} of {plans.Count} PCT plan{(plans.Count == 1 ? string.Empty : "s")}";
        return new TrajectoryRow(first.Name, first.StandardText, first.Unit, PeriodInWords(first.Period), planned, how, meeting, plans.Count);
    }

    // A class with setters, not a positional record: SQLite gives expression columns of an empty result no type,
    // which Dapper's constructor matching rejects.
    private sealed class PlanRow
    {
        public string Code { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string Unit { get; init; } = string.Empty;

        public string Polarity { get; init; } = string.Empty;

        public string StandardText { get; init; } = string.Empty;

        public double StandardValue { get; init; }

        public string Period { get; init; } = string.Empty;

        public string Pct { get; init; } = string.Empty;

        public double Planned { get; init; }
    }
}
