using System.Data;
using System.Globalization;
using Dapper;
using PlanReports.Components;
using PlanReports.Store;

namespace PlanReports.Reports;

/// <summary>
/// Monthly plans and actuals for the indicators with a monthly national standard, per PCT or rolled up across an
/// area: averaged (unweighted, as <see cref="TrajectoryRollUp"/> does) for percentages, summed for counts. An area's
/// actual for a month is shown only when every PCT with a plan that month has recorded one, so a partial sum never
/// passes for the whole.
/// </summary>
public static class MonthlyTrajectories
{
    private const string Sql = """
        SELECT t.organisation_code AS Pct, i.code AS Code, i.name AS Name, i.unit AS Unit, i.polarity AS Polarity,
               CAST(i.standard_value AS DOUBLE PRECISION) AS StandardValue, t.period AS Period,
               CAST(t.planned_value AS DOUBLE PRECISION) AS Planned, CAST(a.value AS DOUBLE PRECISION) AS Actual
        FROM trajectory t
        JOIN indicator i ON i.code = t.indicator_code
        LEFT JOIN actual a ON a.organisation_code = t.organisation_code AND a.indicator_code = t.indicator_code AND a.period = t.period
        WHERE t.submission_code = @submissionCode AND t.organisation_code IN {0}
          AND i.frequency = 'monthly' AND i.standard_value IS NOT NULL AND i.polarity <> 'neutral'
        ORDER BY i.code, t.organisation_code, t.period
        """;

    /// <summary>Each PCT's own monthly trajectories, keyed by PCT code, indicators in code order.</summary>
    public static ILookup<string, MonthlyTrajectory> ForPcts(IDbConnection store, string submissionCode, IReadOnlyList<(string Code, string Name)> pcts)
    {
        ArgumentNullException.ThrowIfNull(pcts);
        var names = pcts.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        return Rows(store, submissionCode, [.. names.Keys])
            .GroupBy(r => (r.Pct, r.Code))
            .Select(g => (g.Key.Pct, Trajectory: Build(names[g.Key.Pct], g.ToList(), string.Empty)))
            .ToLookup(t => t.Pct, t => t.Trajectory, StringComparer.Ordinal);
    }

    /// <summary>The trajectories of every PCT under <paramref name="areaCode"/> rolled up into one per indicator.</summary>
    public static IReadOnlyList<MonthlyTrajectory> ForArea(IDbConnection store, string areaCode, string areaName, string submissionCode)
    {
        var codes = store.Query<string>(
            """
            WITH RECURSIVE area(code) AS (SELECT code FROM organisation WHERE code = @areaCode UNION ALL SELECT o.code FROM organisation o JOIN area a ON o.parent_code = a.code)
            SELECT o.code FROM organisation o JOIN area a ON a.code = o.code WHERE o.type = 'pct' ORDER BY o.code
            """,
            new { areaCode }).ToList();
        return Rows(store, submissionCode, codes)
            .GroupBy(r => r.Code)
            .Select(g =>
            {
                var rows = g.ToList();
                var summed = rows[0].Unit == "count";
                var plans = rows.Select(r => r.Pct).Distinct(StringComparer.Ordinal).Count();
                var rolled = rows.GroupBy(r => r.Period).Select(p => new Row
                {
                    Pct = areaCode, Code = rows[0].Code, Name = rows[0].Name, Unit = rows[0].Unit, Polarity = rows[0].Polarity,
                    StandardValue = rows[0].StandardValue, Period = p.Key,
                    Planned = summed ? p.Sum(r => r.Planned) : p.Average(r => r.Planned),
                    Actual = p.All(r => r.Actual is not null) ? (summed ? p.Sum(r => r.Actual!.Value) : p.Average(r => r.Actual!.Value)) : null,
                }).ToList();
                var how = $"{(summed ? "sum" : "average")} of {plans} PCT plan{(plans == 1 ? string.Empty : "s")}";
                return Build(areaName, rolled, how);
            })
            .ToList();
    }

    private static List<Row> Rows(IDbConnection store, string submissionCode, List<string> codes)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var parameters = new DynamicParameters(new { submissionCode });
        var sql = string.Format(CultureInfo.InvariantCulture, Sql, SqlList.In("code", codes, parameters));
        return store.Query<Row>(sql, parameters).ToList();
    }

    private static MonthlyTrajectory Build(string area, List<Row> rows, string rollUp)
    {
        var months = rows.Select(r => r.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var planned = rows.ToDictionary(r => r.Period, r => (double?)r.Planned, StringComparer.Ordinal);
        var actual = rows.ToDictionary(r => r.Period, r => r.Actual, StringComparer.Ordinal);
        var first = rows[0];
        return new MonthlyTrajectory(
            area,
            first.Name,
            first.Unit,
            first.Polarity == "higher-is-better",
            first.StandardValue,
            months.Select(m => DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
            months.Select(m => planned[m]).ToList(),
            months.Select(m => actual[m]).ToList(),
            rollUp);
    }

    private sealed class Row
    {
        public string Pct { get; init; } = "";
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Polarity { get; init; } = "";
        public double StandardValue { get; init; }
        public string Period { get; init; } = "";
        public double Planned { get; init; }
        public double? Actual { get; init; }
    }
}
