using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>Registers the rag-narrative-pack family with the runner: its targets and, per target, the view model and document facts.</summary>
internal sealed class RagNarrativePackModelSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "rag-narrative-pack";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report) =>
        new RagNarrativePackSource(store).Targets().Select(o => new ReportTarget(o.Code, o.Name)).ToList();

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = new RagNarrativePackSource(store).Load(target.OrganisationCode);
        var document = new RagNarrativePackDocument(model);
        return new ReportModel(target, new DocumentFacts(model.ShaCluster.Name, $"Narrative assurance and RAG rating of the {model.Cluster.Name} plan: {model.Submission.MonthName} submission", model.Submission.DueOn, null), document);
    }
}
