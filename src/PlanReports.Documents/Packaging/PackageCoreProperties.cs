namespace PlanReports.Documents.Packaging;

/// <summary>
/// What an Open XML package's docProps/core.xml says of it. <see cref="Date"/> stands for both created and modified:
/// a date of the document's own (its letter date, a submission's due date), never the clock, so the part is the same
/// on every run. Optional values that are null are left out.
/// </summary>
public sealed record PackageCoreProperties(
    string Title,
    string Subject,
    string Creator,
    string Language,
    DateOnly Date,
    IReadOnlyList<string>? Keywords = null,
    string? Identifier = null,
    string? LastModifiedBy = null);
