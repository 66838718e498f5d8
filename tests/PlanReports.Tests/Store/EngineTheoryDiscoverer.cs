using PlanReports.Store;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PlanReports.Tests.Store;

/// <summary>Makes the two test cases of an <see cref="EngineTheoryAttribute"/> method: one per engine.</summary>
public sealed class EngineTheoryDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod, [StoreEngine.Sqlite]);
        yield return TestPostgres.SkipReason is { } reason
            ? new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason, [StoreEngine.PostgreSql])
            : new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod, [StoreEngine.PostgreSql]);
    }
}
