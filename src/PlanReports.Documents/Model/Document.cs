namespace PlanReports.Documents.Model;

/// <summary>
/// A whole document, independent of output format. Renderers (PDF, DOCX, HTML) walk this tree; nothing in
/// it knows which format it will become, and nothing in it knows about the NHS.
/// </summary>
/// <param name="Metadata">Title, author, language, date and reference.</param>
/// <param name="Page">Paper size, margins, running header and footer, first-page letterhead.</param>
/// <param name="Body">The content, in reading order.</param>
public sealed record Document(DocumentMetadata Metadata, PageSetup Page, IReadOnlyList<Block> Body);
