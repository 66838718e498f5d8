namespace PlanReports.Import;

/// <summary>Expands the paths given to an import into files, in a stable order.</summary>
internal static class ImportFiles
{
    public static IReadOnlyList<ImportFile> Find(IReadOnlyList<string> paths, ErrorCollector errors)
    {
        var files = new List<ImportFile>();
        if (paths.Count == 0)
        {
            errors.Add(new ImportError("(no path)", null, null, "no-input", "name at least one file or folder to import"));
        }

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Select(f => (File: f, Kind: KindOf(f)))
                    .Where(f => f.Kind is not null)
                    .OrderBy(f => f.File, StringComparer.Ordinal);
                files.AddRange(found.Select(f => new ImportFile(f.File, f.File, f.Kind!.Value)));
            }
            else if (File.Exists(path))
            {
                if (KindOf(path) is { } kind)
                {
                    files.Add(new ImportFile(path, path, kind));
                }
                else
                {
                    errors.Add(new ImportError(path, null, null, "unsupported-file", "only .csv (a store table), .yaml (reference data) and .xlsx (a filled template) files can be imported"));
                }
            }
            else
            {
                errors.Add(new ImportError(path, null, null, "missing-path", "no such file or folder"));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return files.Where(f => seen.Add(Path.GetFullPath(f.Path))).ToList();
    }

    private static ImportFileKind? KindOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".csv" => ImportFileKind.Csv,
        ".yaml" => ImportFileKind.Yaml,
        ".xlsx" => ImportFileKind.Workbook,
        _ => null,
    };
}
