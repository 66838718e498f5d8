using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfApprovalLetter;

/// <summary>Registers the bcf-approval-letter family with the runner: its targets and, per target, the view model and document facts.</summary>
internal sealed class BcfApprovalLetterModelSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "bcf-approval-letter";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report) =>
        new BcfApprovalLetterSource(store).Targets().Select(o => new ReportTarget(o.Code, o.Name)).ToList();

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = new BcfApprovalLetterSource(store).Load(target.OrganisationCode);
        return new ReportModel(target, new DocumentFacts(model.Decision?.Issuer.Name ?? "NHS England", $"Assurance of the Better Care Fund plan of {model.Hwb.Name}", model.LetterDate, model.Reference), model);
    }
}
