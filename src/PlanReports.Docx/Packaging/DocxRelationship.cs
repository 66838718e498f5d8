namespace PlanReports.Docx.Packaging;

/// <summary>
/// One relationship of a part (or of the package): its explicit id, its type, and its target, either a part name
/// ("/word/styles.xml") or, when <see cref="External"/>, a URI outside the package (a hyperlink).
/// </summary>
internal sealed record DocxRelationship(string Id, string Type, string Target, bool External);
