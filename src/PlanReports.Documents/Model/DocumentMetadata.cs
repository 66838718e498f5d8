namespace PlanReports.Documents.Model;

/// <summary>What a document says about itself: written into PDF info/XMP, DOCX core properties and HTML head.</summary>
/// <param name="Title">The document title, shown by viewers instead of the file name.</param>
/// <param name="Author">The issuing organisation or person.</param>
/// <param name="Subject">One line on what the document is about.</param>
/// <param name="Date">The document's own date, always taken from data so output is reproducible.</param>
/// <param name="Language">BCP 47 language tag; en-GB for every PlanReports document.</param>
/// <param name="Reference">A formal reference (for example a DH Gateway reference), if any.</param>
/// <param name="Keywords">Search keywords.</param>
public sealed record DocumentMetadata(
    string Title,
    string Author,
    string Subject,
    DateOnly Date,
    string Language = "en-GB",
    string? Reference = null,
    IReadOnlyList<string>? Keywords = null);
