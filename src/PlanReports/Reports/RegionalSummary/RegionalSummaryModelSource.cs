using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>Registers the regional-summary family with the runner: its targets and, per target, the view model and document facts.</summary>
internal sealed class RegionalSummaryModelSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "regional-summary";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report)
    {
        var source = new RegionalSummarySource(store);
        return source.Targets().Select(o => new ReportTarget(o.Code, o.Name, source.ClustersCovered(o))).ToList();
    }

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = new RegionalSummarySource(store).Load(target.OrganisationCode);
        return new ReportModel(target, new DocumentFacts(model.Issuer.Name, $"Regional summary of integrated plans for {model.ScopeName}: {model.Submission.MonthName} submission", model.Submission.DueOn, null), model);
    }
}
