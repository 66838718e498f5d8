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
        var rows = connection.Query<Row>(
            $"""
            SELECT t.organisation_code AS OrganisationCode, i.code AS IndicatorCode, i.name AS IndicatorName, i.unit AS Unit,
                   t.standard_position AS StandardPosition, t.period AS Period, t.planned_value AS PlannedValue
            FROM trajectory t JOIN indicator i ON i.code = t.indicator_code
            WHERE t.submission_code = @submissionCode AND t.organisation_code IN {codes}
            ORDER BY t.organisation_code, i.code, t.standard_position, t.period
            """,
            parameters);
        return rows
            .GroupBy(r => (r.OrganisationCode, r.IndicatorCode, r.StandardPosition))
            .Select(g =>
            {
                var first = g.First();
                var ofIndicator = standards[first.IndicatorCode].ToList();
                var standard = ofIndicator.FirstOrDefault(s => s.Position == first.StandardPosition);
                return new IndicatorTrajectory(
                    byCode[first.OrganisationCode],
                    first.IndicatorCode,
                    standard?.Label(first.IndicatorName, ofIndicator.Count) ?? first.IndicatorName,
                    first.Unit,
                    (int)first.StandardPosition,
                    standard,
                    g.Select(r => new PlannedValue(r.Period, r.PlannedValue)).ToList());
            })
            .OrderBy(t => t.Pct.Name, StringComparer.Ordinal)
            .ThenBy(t => t.Pct.Code, StringComparer.Ordinal)
            .ThenBy(t => t.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(t => t.StandardPosition)
            .ToList();
    }

    private sealed class Row
    {
        public string OrganisationCode { get; init; } = "";
        public string IndicatorCode { get; init; } = "";
        public string IndicatorName { get; init; } = "";
        public string Unit { get; init; } = "";
        public long StandardPosition { get; init; }
        public string Period { get; init; } = "";
        public double PlannedValue { get; init; }
    }
}
