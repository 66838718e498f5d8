using DocumentFormat.OpenXml;
using PlanReports.Docx.Rendering;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Inlines;

/// <summary>Text with bold and italic: one Word run.</summary>
internal sealed class TextRunRenderer : DocxInlineRenderer<TextRun>
{
    protected override IEnumerable<OpenXmlElement> Write(TextRun inline, DocxContext context)
    {
        if (string.IsNullOrEmpty(inline.Text))
        {
            return [];
        }

        return [Runs.Text(inline.Text, context, inline.Bold, inline.Italic)];
    }
}
