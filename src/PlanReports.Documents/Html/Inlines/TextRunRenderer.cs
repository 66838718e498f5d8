using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Inlines;

/// <summary>Text, with <c>&lt;strong&gt;</c> and <c>&lt;em&gt;</c> for emphasis.</summary>
internal sealed class TextRunRenderer : HtmlInlineRenderer<TextRun>
{
    protected override void Write(TextRun inline, HtmlWriter html)
    {
        if (inline.Bold)
        {
            html.Raw("<strong>");
        }

        if (inline.Italic)
        {
            html.Raw("<em>");
        }

        html.Text(inline.Text);

        if (inline.Italic)
        {
            html.Raw("</em>");
        }

        if (inline.Bold)
        {
            html.Raw("</strong>");
        }
    }
}
