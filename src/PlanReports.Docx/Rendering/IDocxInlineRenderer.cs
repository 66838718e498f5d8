using DocumentFormat.OpenXml;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Rendering;

/// <summary>Writes one type of inline as paragraph content (runs, hyperlinks, fields).</summary>
internal interface IDocxInlineRenderer
{
    Type InlineType { get; }

    IEnumerable<OpenXmlElement> Render(Inline inline, DocxContext context);
}
