namespace PlanReports.Import;

/// <summary>A file to import, with the name errors show for it.</summary>
internal sealed record ImportFile(string Path, string DisplayName, ImportFileKind Kind);
