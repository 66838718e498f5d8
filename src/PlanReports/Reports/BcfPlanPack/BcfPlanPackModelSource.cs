using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>Registers the bcf-plan-pack family with the runner: its targets and, per target, the view model and document facts.</summary>
internal sealed class BcfPlanPackModelSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "bcf-plan-pack";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report) =>
        new BcfPlanPackSource(store).Targets().Select(o => new ReportTarget(o.Code, o.Name)).ToList();

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = new BcfPlanPackSource(store).Load(target.OrganisationCode);
        return new ReportModel(target, new DocumentFacts(model.Hwb.Name, $"Better Care Fund plan of {model.Hwb.Name}", model.SubmittedOn, null), model);
    }
}
