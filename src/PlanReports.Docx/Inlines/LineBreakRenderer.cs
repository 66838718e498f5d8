using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Inlines;

/// <summary>A forced line break: a run holding w:br.</summary>
internal sealed class LineBreakRenderer : DocxInlineRenderer<LineBreak>
{
    protected override IEnumerable<OpenXmlElement> Write(LineBreak inline, DocxContext context) => [new Run(new Break())];
}
