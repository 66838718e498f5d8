using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Documents.Model;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A contents list as Word's own TOC field over heading levels 1–2 (<c>TOC \o "1-2" \h \z</c>). Its cached result
/// is our entries: each a hyperlink to its heading's bookmark holding a PAGEREF field. Word paginates only when it
/// opens the file, so the page numbers are left to it (the settings ask Word to update fields on opening, which
/// rebuilds the entries with dot leaders and numbers); until then, and in LibreOffice, which shows the cached result,
/// the entries read as a plain list of links rather than leaders running to no number.
/// </summary>
internal sealed class TableOfContentsRenderer : DocxBlockRenderer<TableOfContents>
{
    /// <summary>The field instruction; <see cref="DocxRenderer"/> asks for fields to be updated when a document has one.</summary>
    internal const string Instruction = " TOC \\o \"1-2\" \\h \\z ";

    protected override IEnumerable<OpenXmlElement> Write(TableOfContents block, DocxContext context)
    {
        var paragraphs = new List<OpenXmlElement>(block.Entries.Count);
        for (var i = 0; i < block.Entries.Count; i++)
        {
            var entry = block.Entries[i];
            var bookmark = BookmarkNames.FromId(entry.Anchor);
            var content = new List<OpenXmlElement>();
            if (i == 0)
            {
                content.Add(FieldChar(FieldCharValues.Begin));
                content.Add(Code(Instruction));
                content.Add(FieldChar(FieldCharValues.Separate));
            }

            var hyperlink = new Hyperlink { Anchor = bookmark, History = true };
            var text = context.RenderInlines(entry.Inlines);

            // Styled as links, so the cached list reads as links before Word rebuilds it in its TOC styles.
            Runs.Style(text, StyleIds.Hyperlink);

            hyperlink.Append(text);
            hyperlink.Append(
                FieldChar(FieldCharValues.Begin),
                Code($" PAGEREF {bookmark} \\h "),
                FieldChar(FieldCharValues.Separate),
                FieldChar(FieldCharValues.End));
            content.Add(hyperlink);
            if (i == block.Entries.Count - 1)
            {
                content.Add(FieldChar(FieldCharValues.End));
            }

            var paragraph = Paragraphs.Create(null, TextAlignment.Left, content);
            if (entry.Level > 1)
            {
                Paragraphs.Properties(paragraph).IndentLeft = Units.TwipsText(context.Theme.ListIndent * (entry.Level - 1));
            }

            paragraphs.Add(paragraph);
        }

        return paragraphs;
    }

    private static Run FieldChar(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    private static Run Code(string instruction) => new(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve });
}
