using DocumentFormat.OpenXml;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Rendering;

/// <summary>Writes one type of block as body-level WordprocessingML (paragraphs and tables).</summary>
internal interface IDocxBlockRenderer
{
    Type BlockType { get; }

    IEnumerable<OpenXmlElement> Render(Block block, DocxContext context);
}
