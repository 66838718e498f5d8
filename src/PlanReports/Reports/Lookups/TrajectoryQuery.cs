using System.Data;
using Dapper;
using PlanReports.Store;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// Planned trajectories per PCT and indicator. Packs, summaries and letters read trajectories only through this
/// class, so "which PCTs plan to miss a standard" is computed once.
/// </summary>
internal sealed class TrajectoryQuery(IDbConnection connection)
{
    /// <summary>
    /// Every trajectory of these PCTs in one submission, ordered by PCT name then indicator code; periods in order.
    /// </summary>
    public IReadOnlyList<IndicatorTrajectory> ForPcts(string submissionCode, IReadOnlyList<Organisation> pcts)
    {
        ArgumentNullException.ThrowIfNull(pcts);
        var byCode = pcts.ToDictionary(p => p.Code);
        var parameters = new DynamicParameters(new { submissionCode });
        var codes = SqlList.In("code", byCode.Keys, parameters);
        var rows = connection.Query<Row>(
            $"""
            SELECT t.organisation_code AS OrganisationCode, i.code AS IndicatorCode, i.name AS IndicatorName, i.unit AS Unit,
                   i.polarity AS Polarity, i.standard_text AS StandardText, i.standard_value AS StandardValue,
                   t.period AS Period, t.planned_value AS PlannedValue
            FROM trajectory t JOIN indicator i ON i.code = t.indicator_code
            WHERE t.submission_code = @submissionCode AND t.organisation_code IN {codes}
            ORDER BY t.organisation_code, i.code, t.period
            """,
            parameters);
        return rows
            .GroupBy(r => (r.OrganisationCode, r.IndicatorCode))
            .Select(g =>
            {
                var first = g.First();
                return new IndicatorTrajectory(
                    byCode[first.OrganisationCode],
                    first.IndicatorCode,
                    first.IndicatorName,
                    first.Unit,
                    first.Polarity,
                    first.StandardText,
                    first.StandardValue,
                    g.Select(r => new PlannedValue(r.Period, r.PlannedValue)).ToList());
            })
            .OrderBy(t => t.Pct.Name, StringComparer.Ordinal)
            .ThenBy(t => t.Pct.Code, StringComparer.Ordinal)
            .ThenBy(t => t.IndicatorCode, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Row
    {
        public string OrganisationCode { get; init; } = "";
        public string IndicatorCode { get; init; } = "";
        public string IndicatorName { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Polarity { get; init; } = "";
        public string? StandardText { get; init; }
        public double? StandardValue { get; init; }
        public string Period { get; init; } = "";
        public double PlannedValue { get; init; }
    }
}
