using PlanReports.Concurrency;

namespace PlanReports.Batch;

/// <summary>
/// The reports of a reportdefs folder (definitions loaded, templates compiled) being made on a thread of their own for
/// a run that starts later: <c>build</c> starts them with <see cref="BatchRunner.Prepare"/> before it fills the store,
/// whose import leaves a core idle, and hands them to the run as <see cref="BatchOptions.Prepared"/>. A run for another
/// reportdefs folder makes its own.
/// </summary>
public sealed class PreparedReports
{
    private readonly BesideThread<ReportCatalogue> making;

    internal PreparedReports(string reportdefsRoot, BesideThread<ReportCatalogue> making)
    {
        ReportdefsRoot = reportdefsRoot;
        this.making = making;
    }

    /// <summary>The reportdefs folder they are made from.</summary>
    public string ReportdefsRoot { get; }

    /// <summary>Waits for them; a failure is thrown as it was thrown.</summary>
    internal ReportCatalogue Join() => making.Join();
}
