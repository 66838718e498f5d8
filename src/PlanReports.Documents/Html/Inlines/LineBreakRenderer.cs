using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Inlines;

/// <summary>A forced line break.</summary>
internal sealed class LineBreakRenderer : HtmlInlineRenderer<LineBreak>
{
    protected override void Write(LineBreak inline, HtmlWriter html) => html.Raw("<br>");
}
