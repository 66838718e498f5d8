namespace PlanReports.Docx.Packaging;

/// <summary>
/// A kind of part a DOCX holds: its content type, the relationship type its parent points to it with, and where
/// and under what name it is stored. <see cref="NumberFirst"/> says whether the first part of the kind is numbered
/// (word/header1.xml) or not (word/charts/embeddings/package.bin), as the Open XML SDK names them, so the part
/// names are the ones Word users have always seen from this renderer.
/// </summary>
internal sealed record DocxPartType(string ContentType, string RelationshipType, string Folder, string Name, string Extension, bool NumberFirst)
{
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordprocessingMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public static readonly DocxPartType MainDocument = new(WordprocessingMl + "document.main+xml", OfficeDocument + "officeDocument", "word", "document", "xml", NumberFirst: false);

    public static readonly DocxPartType Styles = new(WordprocessingMl + "styles+xml", OfficeDocument + "styles", "word", "styles", "xml", NumberFirst: false);

    public static readonly DocxPartType Settings = new(WordprocessingMl + "settings+xml", OfficeDocument + "settings", "word", "settings", "xml", NumberFirst: false);

    public static readonly DocxPartType Numbering = new(WordprocessingMl + "numbering+xml", OfficeDocument + "numbering", "word", "numbering", "xml", NumberFirst: false);

    public static readonly DocxPartType Header = new(WordprocessingMl + "header+xml", OfficeDocument + "header", "word", "header", "xml", NumberFirst: true);

    public static readonly DocxPartType Footer = new(WordprocessingMl + "footer+xml", OfficeDocument + "footer", "word", "footer", "xml", NumberFirst: true);

    public static readonly DocxPartType Chart = new("application/vnd.openxmlformats-officedocument.drawingml.chart+xml", OfficeDocument + "chart", "word/charts", "chart", "xml", NumberFirst: true);

    /// <summary>A chart's embedded workbook.</summary>
    public static readonly DocxPartType EmbeddedWorkbook = new(Charts.ChartWorkbook.ContentType, OfficeDocument + "package", "word/charts/embeddings", "package", "bin", NumberFirst: false);

    public static readonly DocxPartType CoreProperties = new("application/vnd.openxmlformats-package.core-properties+xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps", "core", "xml", NumberFirst: false);
}
