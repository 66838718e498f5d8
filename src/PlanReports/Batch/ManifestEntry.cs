namespace PlanReports.Batch;

/// <summary>One output file as the manifest records it.</summary>
/// <param name="Report">The report id.</param>
/// <param name="Organisation">The organisation code the document is for.</param>
/// <param name="Format">"pdf", "docx" or "html".</param>
/// <param name="Path">The file's path relative to the output folder, with '/' separators.</param>
/// <param name="Bytes">The file's length.</param>
/// <param name="Sha256">The file's SHA-256, lowercase hex.</param>
/// <param name="Pages">The page count where the format has pages (PDF), else null.</param>
/// <param name="Inputs">The hash of everything the document was made from (see <see cref="Reports.InputHash"/>).</param>
public sealed record ManifestEntry(
    string Report,
    string Organisation,
    string Format,
    string Path,
    long Bytes,
    string Sha256,
    int? Pages,
    string Inputs);
