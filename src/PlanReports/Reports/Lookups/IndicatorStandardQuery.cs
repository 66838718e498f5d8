using System.Data;
using Dapper;
using PlanReports.Components;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// Every national standard of every indicator, from <c>indicator_standard</c>, so a document shows all of an
/// indicator's standards (both parts of Category A, the three referral to treatment standards) and says where a
/// standard applies without a figure, rather than the headline alone.
/// </summary>
internal static class IndicatorStandardQuery
{
    /// <summary>
    /// The standards of every indicator, by indicator code, in the order seed 001 gives them. An indicator with a
    /// headline standard but no <c>indicator_standard</c> rows (a store filled before that table) has its headline,
    /// as position 1, read as it was then: at least the figure, or at most it where lower is better.
    /// </summary>
    public static ILookup<string, IndicatorStandard> All(IDbConnection connection)
    {
        var rows = connection.Query<(string IndicatorCode, long Position, string? Measure, string Quote, double? Threshold, string? Comparison, long InPercent)>(
                """
                SELECT indicator_code, position, measure, quote, threshold_percent, comparison, 1 FROM indicator_standard
                UNION ALL
                SELECT i.code, 1, NULL, i.standard_text, i.standard_value, CASE WHEN i.polarity = 'lower-is-better' THEN 'at-most' ELSE 'at-least' END,
                       CASE WHEN i.unit = 'percentage' THEN 1 ELSE 0 END
                FROM indicator i
                WHERE i.standard_text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM indicator_standard s WHERE s.indicator_code = i.code)
                ORDER BY 1, 2
                """)
            .ToList();
        return rows
            .Select(r => new IndicatorStandard(r.IndicatorCode, (int)r.Position, r.Measure, r.Quote, r.Threshold, r.Comparison switch
            {
                "less-than" => StandardDirection.LessThan,
                "at-most" => StandardDirection.AtMost,
                _ => StandardDirection.AtLeast,
            }, r.InPercent == 1))
            .ToLookup(s => s.IndicatorCode, StringComparer.Ordinal);
    }
}
