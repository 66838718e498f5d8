using PlanReports.Reference;

namespace PlanReports.Import;

/// <summary>
/// Loads reference YAML through <see cref="ReferenceDataLoader"/>. The loader reads a folder as one set (files
/// refer to each other), so naming any reference file imports its whole folder.
/// </summary>
internal static class ReferenceSource
{
    public static IReadOnlyList<SourceTable> Read(IEnumerable<ImportFile> files, ErrorCollector errors)
    {
        var tables = new List<SourceTable>();
        var folders = files.Select(f => Path.GetDirectoryName(f.DisplayName) ?? ".").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            try
            {
                tables.AddRange(ReferenceTables.From(ReferenceDataLoader.Load(folder), folder));
            }
            catch (ReferenceDataException exception)
            {
                // The loader counts YAML columns in characters; there is no column name to give, so the position goes in the message.
                var at = exception.Column is { } c ? $" (at character {c} of the line)" : string.Empty;
                errors.Add(new ImportError(exception.FilePath, exception.Line, null, "reference-data", exception.Rule + at));
            }
        }

        return tables;
    }
}
