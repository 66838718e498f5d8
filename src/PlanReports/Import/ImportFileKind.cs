namespace PlanReports.Import;

/// <summary>The kinds of file an import reads.</summary>
internal enum ImportFileKind
{
    Csv,
}
