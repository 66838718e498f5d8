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
        var rows = connection.Query<(string OrganisationCode, string IndicatorCode, long StandardPosition, string Period, double PlannedValue)>(
            $"""
            SELECT organisation_code, indicator_code, standard_position, period, planned_value
            FROM trajectory
            WHERE submission_code = @submissionCode AND organisation_code IN {codes}
            ORDER BY organisation_code, indicator_code, standard_position, period
            """,
            parameters);
        return rows
            .Where(r => indicators.ContainsKey(r.IndicatorCode))
            .GroupBy(r => (r.OrganisationCode, r.IndicatorCode, r.StandardPosition))
            .Select(g =>
            {
                var indicator = indicators[g.Key.IndicatorCode];
                var ofIndicator = standards[g.Key.IndicatorCode].ToList();
                var standard = ofIndicator.FirstOrDefault(s => s.Position == g.Key.StandardPosition);
                return new IndicatorTrajectory(
                    byCode[g.Key.OrganisationCode],
                    indicator.Code,
                    standard?.Label(indicator.Name, ofIndicator.Count) ?? indicator.Name,
                    indicator.Unit,
                    (int)g.Key.StandardPosition,
                    standard,
                    g.Select(r => new PlannedValue(r.Period, r.PlannedValue)).ToList());
            })
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
