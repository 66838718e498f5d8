using System.Data;

namespace PlanReports.Reports;

/// <summary>
/// Builds the view model of a report from the store. A report's <c>model:</c> key names one of these;
/// register new ones in <see cref="ReportModelSources"/>.
/// </summary>
public interface IReportModelSource
{
    /// <summary>The name report.yaml uses, e.g. "signoff-letter".</summary>
    string Name { get; }

    /// <summary>The organisations that get a document, in a stable order.</summary>
    IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report);

    /// <summary>Reads what one document needs. Throws with a clear message if the store lacks what the document cannot do without.</summary>
    ReportModel Load(IDbConnection store, ReportTarget target);
}
