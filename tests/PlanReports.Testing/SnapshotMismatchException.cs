using Xunit.Sdk;

namespace PlanReports.Testing;

/// <summary>A snapshot is missing or differs from its verified file; the message carries a unified diff.</summary>
public sealed class SnapshotMismatchException : XunitException
{
    /// <summary>Creates the exception with the message shown in the test log.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
