namespace PlanReports.Batch;

/// <summary>A file whose bytes do not match the manifest, and how.</summary>
public sealed record VerifyDifference(string Path, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Problem}";
}
