namespace PlanReports.Batch;

/// <summary>
/// A file rendered in memory, before it is written (or, for verify, compared): the bytes are the renderer's own buffer,
/// not a copy of it.
/// </summary>
internal sealed record RenderedFile(ManifestEntry Entry, ReadOnlyMemory<byte> Content);
