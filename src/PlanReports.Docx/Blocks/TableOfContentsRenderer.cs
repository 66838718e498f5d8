using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Docx.Rendering;
using PlanReports.Documents.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A contents list as Word's own TOC field over heading levels 1–2 (<c>TOC \o "1-2" \h \z</c>). Its cached result
/// is our entries: each a hyperlink to its heading's bookmark, a dot-leader tab and a PAGEREF field. Word paginates
/// only when it opens the file, so the page numbers are left to it: the settings ask Word to update fields on opening.
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
            hyperlink.Append(context.RenderInlines(entry.Inlines));
            hyperlink.Append(new Run(new TabChar()));
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
            var properties = Paragraphs.Properties(paragraph);
            properties.Tabs = new Tabs(new TabStop
            {
                Val = TabStopValues.Right,
                Leader = TabStopLeaderCharValues.Dot,
                Position = context.AvailableWidth,
            });
            if (entry.Level > 1)
            {
                properties.Indentation = new Indentation { Left = Units.TwipsText(context.Theme.ListIndent * (entry.Level - 1)) };
            }

            paragraphs.Add(paragraph);
        }

        return paragraphs;
    }

    private static Run FieldChar(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    private static Run Code(string instruction) => new(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve });
}
