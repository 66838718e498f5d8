using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Inlines;

/// <summary>
/// A page number has no value in a scrolling page, so it is written as nothing rather than a wrong number. The
/// running line holding it is hidden on screen, and in print the page's margin boxes show the real numbers
/// (see <see cref="RunningContentWriter"/>).
/// </summary>
internal sealed class PageNumberFieldRenderer : HtmlInlineRenderer<PageNumberField>
{
    protected override void Write(PageNumberField inline, HtmlWriter html)
    {
    }
}
