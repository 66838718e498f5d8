using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html;

/// <summary>Writes one kind of block as HTML.</summary>
internal interface IHtmlBlockRenderer
{
    Type NodeType { get; }

    void Write(Block block, HtmlWriter html);
}
