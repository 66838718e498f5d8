using System.Data;
using Dapper;
using PlanReports.Store;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// Planned trajectories per PCT, indicator and national standard. Packs, summaries and letters read trajectories
/// only through this class, so "which PCTs plan to miss a standard" is computed once, each standard against its own
/// figure.
/// </summary>
internal sealed class TrajectoryQuery(IDbConnection connection)
{
    /// <summary>
    /// Every trajectory of these PCTs in one submission, ordered by PCT name, indicator code and standard; periods
    /// in order.
    /// </summary>
    public IReadOnlyList<IndicatorTrajectory> ForPcts(string submissionCode, IReadOnlyList<Organisation> pcts)
    {
        ArgumentNullException.ThrowIfNull(pcts);
        var byCode = pcts.ToDictionary(p => p.Code);
        var standards = IndicatorStandardQuery.All(connection);
        var parameters = new DynamicParameters(new { submissionCode });
        var codes = SqlList.In("code", byCode.Keys, parameters);

        // The indicator's columns are read once per indicator (a few dozen), not once per planned value: a summary for
        // England reads tens of thousands of values.
        var indicators = connection.Query<IndicatorRow>("SELECT code AS Code, name AS Name, unit AS Unit FROM indicator")
            .ToDictionary(i => i.Code, StringComparer.Ordinal);

        // Read with typed getters, not Dapper's mapping: a summary for England reads about a hundred thousand rows, and
        // Dapper reads each cell as an object first (a second type check and a box per cell; 40% of the time here).
        // The rows come in key order, so each trajectory is the run of rows that share its key.
        var trajectories = new List<IndicatorTrajectory>();
        using (var reader = connection.ExecuteReader(
            $"""
            SELECT organisation_code, indicator_code, standard_position, period, planned_value
            FROM trajectory
            WHERE submission_code = @submissionCode AND organisation_code IN {codes}
            ORDER BY organisation_code, indicator_code, standard_position, period
            """,
            parameters))
        {
            List<PlannedValue>? values = null;
            (string Organisation, string Indicator, long Position) key = default;
            while (reader.Read())
            {
                var organisation = reader.GetString(0);
                var indicatorCode = reader.GetString(1);
                var position = reader.GetInt64(2);
                if (!indicators.TryGetValue(indicatorCode, out var indicator))
                {
                    continue;
                }

                if (values is null || position != key.Position || indicatorCode != key.Indicator || organisation != key.Organisation)
                {
                    key = (organisation, indicatorCode, position);
                    values = [];
                    var ofIndicator = standards[indicatorCode].ToList();
                    var standard = ofIndicator.FirstOrDefault(s => s.Position == position);
                    trajectories.Add(new IndicatorTrajectory(
                        byCode[organisation],
                        indicator.Code,
                        standard?.Label(indicator.Name, ofIndicator.Count) ?? indicator.Name,
                        indicator.Unit,
                        (int)position,
                        standard,
                        values));
                }

                values.Add(new PlannedValue(reader.GetString(3), reader.GetDouble(4)));
            }
        }

        return trajectories
            .OrderBy(t => t.Pct.Name, StringComparer.Ordinal)
            .ThenBy(t => t.Pct.Code, StringComparer.Ordinal)
            .ThenBy(t => t.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(t => t.StandardPosition)
            .ToList();
    }

    private sealed class IndicatorRow
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Unit { get; init; } = "";
    }
}
