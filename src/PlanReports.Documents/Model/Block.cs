namespace PlanReports.Documents.Model;

/// <summary>
/// A block-level node. Blocks stack vertically. <see cref="Source"/> records the template line that produced it.
/// </summary>
public abstract record Block
{
    /// <summary>The report, template and line that produced this block, when known.</summary>
    public SourceRef? Source { get; init; }
}
