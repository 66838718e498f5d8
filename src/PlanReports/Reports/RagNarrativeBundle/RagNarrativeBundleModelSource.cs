using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativeBundle;

/// <summary>Registers the rag-narrative-bundle family with the runner: its targets and, per target, the view model and document facts.</summary>
internal sealed class RagNarrativeBundleModelSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "rag-narrative-bundle";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report) =>
        new RagNarrativeBundleSource(store).Targets().Select(o => new ReportTarget(o.Code, o.Name, new OrganisationLookup(store).Children(o.Code, "pct-cluster").Count)).ToList();

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = new RagNarrativeBundleSource(store).Load(target.OrganisationCode);
        return new ReportModel(target, new DocumentFacts(model.ShaCluster.Name, $"Narrative assurance and RAG ratings of the PCT cluster plans of {model.ShaCluster.Name}: {model.Submission.MonthName} submission", model.Submission.DueOn, null), model);
    }
}
