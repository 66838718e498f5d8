namespace PlanReports.Import;

/// <summary>What an import read before it touches the store: the files found, the CSV and YAML tables parsed, and the errors so far.</summary>
internal sealed record FilesRead(
    IReadOnlyList<ImportFile> Files,
    IReadOnlyList<SourceTable> Csv,
    IReadOnlyList<SourceTable> Reference,
    ErrorCollector ReferenceErrors,
    ErrorCollector Errors);
