using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html;

/// <summary>Writes one kind of inline as HTML.</summary>
internal interface IHtmlInlineRenderer
{
    Type NodeType { get; }

    void Write(Inline inline, HtmlWriter html);
}
