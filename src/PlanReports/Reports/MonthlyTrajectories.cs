using System.Data;
using System.Globalization;
using Dapper;
using PlanReports.Components;
using PlanReports.Reports.Lookups;
using PlanReports.Store;

namespace PlanReports.Reports;

/// <summary>
/// Monthly plans and actuals for each national standard with a figure of the monthly indicators (one per standard:
/// Category A's two parts, each referral to treatment standard), per PCT or rolled up across an area: averaged (unweighted, as <see cref="TrajectoryRollUp"/> does) for percentages, summed for counts. An area's
/// actual for a month is shown only when every PCT with a plan that month has recorded one, so a partial sum never
/// passes for the whole.
/// </summary>
public static class MonthlyTrajectories
{
    private const string Sql = """
        SELECT t.organisation_code, i.code, t.standard_position, t.period,
               CAST(t.planned_value AS DOUBLE PRECISION), CAST(a.value AS DOUBLE PRECISION)
        FROM trajectory t
        JOIN indicator i ON i.code = t.indicator_code
        LEFT JOIN actual a ON a.organisation_code = t.organisation_code AND a.indicator_code = t.indicator_code
                          AND a.standard_position = t.standard_position AND a.period = t.period
        WHERE t.submission_code = @submissionCode AND t.organisation_code IN {0} AND i.frequency = 'monthly'
        ORDER BY i.code, t.standard_position, t.organisation_code, t.period
        """;

    /// <summary>Each PCT's own monthly trajectories, keyed by PCT code, indicators in code order, standards in theirs.</summary>
    public static ILookup<string, MonthlyTrajectory> ForPcts(IDbConnection store, string submissionCode, IReadOnlyList<(string Code, string Name)> pcts)
    {
        ArgumentNullException.ThrowIfNull(pcts);
        var names = pcts.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var standards = IndicatorStandardQuery.All(store);
        return Rows(store, submissionCode, [.. names.Keys], standards)
            .GroupBy(r => (r.Pct, r.Code, r.Position))
            .Select(g => (g.Key.Pct, Trajectory: Build(names[g.Key.Pct], g.ToList(), string.Empty, standards)))
            .ToLookup(t => t.Pct, t => t.Trajectory, StringComparer.Ordinal);
    }

    /// <summary>The trajectories of every PCT under <paramref name="areaCode"/> rolled up into one per national standard.</summary>
    public static IReadOnlyList<MonthlyTrajectory> ForArea(IDbConnection store, string areaCode, string areaName, string submissionCode)
    {
        var codes = store.Query<string>(
            """
            WITH RECURSIVE area(code) AS (SELECT code FROM organisation WHERE code = @areaCode UNION ALL SELECT o.code FROM organisation o JOIN area a ON o.parent_code = a.code)
            SELECT o.code FROM organisation o JOIN area a ON a.code = o.code WHERE o.type = 'pct' ORDER BY o.code
            """,
            new { areaCode }).ToList();
        var standards = IndicatorStandardQuery.All(store);
        return Rows(store, submissionCode, codes, standards)
            .GroupBy(r => (r.Code, r.Position))
            .Select(g =>
            {
                var rows = g.ToList();
                var summed = rows[0].Unit == "count";
                var plans = rows.Select(r => r.Pct).Distinct(StringComparer.Ordinal).Count();
                var rolled = rows.GroupBy(r => r.Period).Select(p => new Row
                {
                    Pct = areaCode, Code = rows[0].Code, Position = rows[0].Position, Name = rows[0].Name, Unit = rows[0].Unit, Period = p.Key,
                    Planned = summed ? p.Sum(r => r.Planned) : p.Average(r => r.Planned),
                    Actual = p.All(r => r.Actual is not null) ? (summed ? p.Sum(r => r.Actual!.Value) : p.Average(r => r.Actual!.Value)) : null,
                }).ToList();
                var how = $"{(summed ? "sum" : "average")} of {plans} PCT plan{(plans == 1 ? string.Empty : "s")}";
                return Build(areaName, rolled, how, standards);
            })
            .ToList();
    }

    // The rows of trajectories planned against a standard with a figure: those are what a chart can set against a line.
    private static List<Row> Rows(IDbConnection store, string submissionCode, List<string> codes, ILookup<string, IndicatorStandard> standards)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var indicators = store.Query<(string Code, string Name, string Unit)>("SELECT code, name, unit FROM indicator")
            .ToDictionary(i => i.Code, StringComparer.Ordinal);
        var parameters = new DynamicParameters(new { submissionCode });
        var sql = string.Format(CultureInfo.InvariantCulture, Sql, SqlList.In("code", codes, parameters));

        // Typed getters rather than Dapper's mapping, which reads each cell as an object first: the signoff letters and
        // packs read tens of thousands of these rows. They come ordered by standard, so whether a standard has a figure
        // is looked up once per run of its rows; the indicator's name and unit come from its own row, not each of these.
        var rows = new List<Row>();
        using var reader = store.ExecuteReader(sql, parameters);
        string? runCode = null;
        long runPosition = 0;
        var charted = false;
        var indicator = (Code: string.Empty, Name: string.Empty, Unit: string.Empty);
        while (reader.Read())
        {
            var code = reader.GetString(1);
            var position = reader.GetInt64(2);
            if (code != runCode || position != runPosition)
            {
                (runCode, runPosition) = (code, position);
                charted = Standard(standards, code, position) is { Threshold: not null };
                indicator = indicators[code];
            }

            if (!charted)
            {
                continue;
            }

            rows.Add(new Row
            {
                Pct = reader.GetString(0),
                Code = code,
                Position = position,
                Name = indicator.Name,
                Unit = indicator.Unit,
                Period = reader.GetString(3),
                Planned = reader.GetDouble(4),
                Actual = reader.IsDBNull(5) ? null : reader.GetDouble(5),
            });
        }

        return rows;
    }

    private static IndicatorStandard? Standard(ILookup<string, IndicatorStandard> standards, string code, long position) =>
        standards[code].FirstOrDefault(s => s.Position == position);

    private static MonthlyTrajectory Build(string area, List<Row> rows, string rollUp, ILookup<string, IndicatorStandard> standards)
    {
        var months = rows.Select(r => r.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var planned = rows.ToDictionary(r => r.Period, r => (double?)r.Planned, StringComparer.Ordinal);
        var actual = rows.ToDictionary(r => r.Period, r => r.Actual, StringComparer.Ordinal);
        var first = rows[0];
        var standard = Standard(standards, first.Code, first.Position)!;
        return new MonthlyTrajectory(
            area,
            standard.Label(first.Name, standards[first.Code].Count()),
            first.Unit,
            standard.Direction,
            standard.Threshold!.Value,
            months.Select(m => DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
            months.Select(m => planned[m]).ToList(),
            months.Select(m => actual[m]).ToList(),
            rollUp);
    }

    private sealed class Row
    {
        public string Pct { get; init; } = "";
        public string Code { get; init; } = "";
        public long Position { get; init; }
        public string Name { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Period { get; init; } = "";
        public double Planned { get; init; }
        public double? Actual { get; init; }
    }
}
