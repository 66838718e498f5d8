namespace PlanReports.Import;

/// <summary>The kinds of file an import reads.</summary>
internal enum ImportFileKind
{
    /// <summary>One store table, named after it.</summary>
    Csv,

    /// <summary>Reference data, loaded as a folder by the reference loader.</summary>
    Yaml,

    /// <summary>A filled Excel workbook (<c>template</c>), one organisation's rows for several tables.</summary>
    Workbook,
}
