using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.PctAssuranceLetter;

/// <summary>Registers the pct-assurance-letter family with the runner: its targets and, per target, the view model and document facts.</summary>
internal sealed class PctAssuranceLetterModelSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "pct-assurance-letter";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report) =>
        new PctAssuranceLetterSource(store).Targets().Select(o => new ReportTarget(o.Code, o.Name)).ToList();

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = new PctAssuranceLetterSource(store).Load(target.OrganisationCode);
        return new ReportModel(target, new DocumentFacts(model.ShaCluster.Name, $"Assurance of the {model.Cluster.Name} integrated plan: {model.Submission.MonthName} submission", model.LetterDate, model.Reference), model);
    }
}
