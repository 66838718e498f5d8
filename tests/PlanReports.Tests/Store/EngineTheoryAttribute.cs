using Xunit.Sdk;

namespace PlanReports.Tests.Store;

/// <summary>
/// A test that runs once per store engine: the method takes a <see cref="PlanReports.Store.StoreEngine"/> and is
/// called with SQLite, then PostgreSQL (skipped, with the reason, only where <see cref="TestPostgres"/> has no server).
/// </summary>
[XunitTestCaseDiscoverer("PlanReports.Tests.Store.EngineTheoryDiscoverer", "PlanReports.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineTheoryAttribute : FactAttribute
{
}
