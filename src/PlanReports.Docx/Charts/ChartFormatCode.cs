using PlanReports.Documents.Model;

namespace PlanReports.Docx.Charts;

/// <summary>
/// The number format Word and Excel show a chart's values in. Percentages are stored as points (92.5), so the
/// per cent sign is a literal, not Excel's ×100 percentage format.
/// </summary>
internal static class ChartFormatCode
{
    public static string For(ChartAxis axis, int decimals)
    {
        var digits = decimals > 0 ? "#,##0." + new string('0', Math.Min(decimals, 6)) : "#,##0";
        return axis.Format switch
        {
            ChartValueFormat.Percent => digits + "\"%\"",
            ChartValueFormat.Pounds => "\"£\"" + digits,
            _ => digits,
        };
    }
}
