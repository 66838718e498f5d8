using PlanReports.Reference;

namespace PlanReports.Tests.Reference;

/// <summary>The committed reference data, loaded once for the tests that read it.</summary>
public sealed class ReferenceDataFixture
{
    public ReferenceData Data { get; } = ReferenceDataLoader.Load(RepositoryPaths.ReferenceDirectory);
}
