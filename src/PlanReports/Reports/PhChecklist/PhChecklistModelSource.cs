using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.PhChecklist;

/// <summary>Registers the ph-checklist family with the runner: its targets and, per target, the view model and document facts.</summary>
internal sealed class PhChecklistModelSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "ph-checklist";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report) =>
        new PhChecklistSource(store).Targets().Select(o => new ReportTarget(o.Code, o.Name)).ToList();

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = new PhChecklistSource(store).Load(target.OrganisationCode);
        return new ReportModel(target, new DocumentFacts(model.Cluster.Name, $"Public health transition checklist of {model.Cluster.Name}: {model.Submission.MonthName} submission", model.Submission.DueOn, null), model);
    }
}
