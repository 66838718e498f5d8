using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Html.Inlines;

/// <summary>
/// A badge: its text on its colour, so the meaning never rests on colour alone. If the given text colour does not
/// reach WCAG AA contrast on the background, the theme's choice of text colour replaces it.
/// </summary>
internal sealed class BadgeRenderer : HtmlInlineRenderer<Badge>
{
    protected override void Write(Badge inline, HtmlWriter html)
    {
        var foreground = inline.Foreground.ContrastWith(inline.Background) >= DocumentTheme.MinimumTextContrast
            ? inline.Foreground
            : html.Theme.TextOn(inline.Background);
        html.Raw("<span class=\"badge\"")
            .Attribute("style", $"background-color:{HtmlFormat.Hex(inline.Background)};color:{HtmlFormat.Hex(foreground)}")
            .Raw(">")
            .Text(inline.Text)
            .Raw("</span>");
    }
}
