namespace PlanReports.Documents.Packaging;

/// <summary>One entry for <see cref="ReproducibleZip.Write"/>: its name in the zip and what writes its bytes.</summary>
public sealed record ReproducibleZipEntry(string Name, Action<Stream> Write);
