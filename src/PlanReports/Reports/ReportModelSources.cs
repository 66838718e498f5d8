using PlanReports.Reports.SignoffLetter;

namespace PlanReports.Reports;

/// <summary>
/// The view-model sources report.yaml files can name with <c>model:</c>. A new report's source is a class
/// implementing <see cref="IReportModelSource"/>, added to <see cref="All"/>.
/// </summary>
public static class ReportModelSources
{
    /// <summary>Every source, one instance each (sources hold no state).</summary>
    public static IReadOnlyList<IReportModelSource> All { get; } =
    [
        new SignoffLetterSource(),
    ];
}
