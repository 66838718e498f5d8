namespace PlanReports.Batch;

/// <summary>A file rendered in memory, before it is written (or, for verify, compared).</summary>
internal sealed record RenderedFile(ManifestEntry Entry, byte[] Content);
