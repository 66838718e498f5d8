using System.Data.Common;
using PlanReports.Store;

namespace PlanReports.Reports;

/// <summary>How a batch reads one document's model, shared by the batch and the benchmark that measures it.</summary>
public static class ReportModelSourceExtensions
{
    /// <summary>
    /// Reads what one document needs with all its queries in one read of the store (<see cref="ReadSnapshot"/>): they
    /// see one state of it, and SQLite locks and checks the file once for the document rather than once per query.
    /// </summary>
    public static ReportModel LoadInOneRead(this IReportModelSource source, DbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(source);
        using (ReadSnapshot.Begin(store))
        {
            return source.Load(store, target);
        }
    }
}
