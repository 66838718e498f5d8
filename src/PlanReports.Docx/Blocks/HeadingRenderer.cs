using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// A heading in Word's Heading 1–3 style (which carries the outline level for the navigation pane and a table of
/// contents). A heading with an id is wrapped in a bookmark, the target of "#id" links.
/// </summary>
internal sealed class HeadingRenderer : DocxBlockRenderer<Heading>
{
    protected override IEnumerable<OpenXmlElement> Write(Heading block, DocxContext context)
    {
        if (block.Level is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(block), block.Level, "A heading must be level 1 to 4.");
        }

        var content = context.RenderInlines(block.Inlines);
        if (block.Id is { Length: > 0 } id)
        {
            var bookmarkId = context.Ids.NextBookmarkId();
            content.Insert(0, new BookmarkStart { Id = bookmarkId, Name = BookmarkNames.FromId(id) });
            content.Add(new BookmarkEnd { Id = bookmarkId });
        }

        return [Rendering.Paragraphs.Create(StyleIds.Heading(block.Level), TextAlignment.Left, content)];
    }
}
