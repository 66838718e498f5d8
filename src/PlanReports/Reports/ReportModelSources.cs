using PlanReports.Reports.BcfApprovalLetter;
using PlanReports.Reports.BcfPlanPack;
using PlanReports.Reports.PctAssuranceLetter;
using PlanReports.Reports.PhChecklist;
using PlanReports.Reports.RagNarrativeBundle;
using PlanReports.Reports.RagNarrativePack;
using PlanReports.Reports.RegionalSummary;
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
        new PctAssuranceLetterModelSource(),
        new RagNarrativePackModelSource(),
        new RagNarrativeBundleModelSource(),
        new RegionalSummaryModelSource(),
        new PhChecklistModelSource(),
        new BcfPlanPackModelSource(),
        new BcfApprovalLetterModelSource(),
    ];
}
