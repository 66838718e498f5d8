using PlanReports.Import;
using PlanReports.Testing;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

/// <summary>
/// A store holding the repository's own reference data and committed sample, imported once for the class, so content
/// tests read the documents an official would receive from <c>build</c>.
/// </summary>
public sealed class RepositoryDataStore : IDisposable
{
    private readonly TemporaryStore store = new TemporaryStore().Initialised();

    public RepositoryDataStore() =>
        new PlanImporter(store.Store).Import([RepoPaths.Combine("data", "reference"), RepoPaths.Combine("data", "sample")]);

    public System.Data.Common.DbConnection Open() => store.Store.OpenReadOnly();

    public void Dispose() => store.Dispose();
}
