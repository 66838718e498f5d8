using System.Text;
using PlanReports.Documents.Html.Blocks;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html;

/// <summary>
/// The running header and footer. On screen they are a <c>&lt;header&gt;</c> and <c>&lt;footer&gt;</c> around the
/// body; a line holding a page number is hidden there, since a scrolling page has no page numbers. In print the
/// elements are hidden and the same lines are drawn in the page's margin boxes, where CSS counters give
/// "page X of Y" on every page.
/// </summary>
internal static class RunningContentWriter
{
    public static void WriteElement(RunningContent? content, string element, string className, HtmlWriter html)
    {
        if (content is null || content.Lines.Count == 0)
        {
            return;
        }

        html.Raw("<").Raw(element).Attribute("class", className).Line(">");
        foreach (var line in content.Lines)
        {
            var classes = string.Join(' ', new[]
            {
                "running-line",
                AlignmentClass.Of(line.Alignment),
                line.Inlines.Any(i => i is PageNumberField) ? "paged" : string.Empty,
            }.Where(c => c.Length > 0));
            html.Raw("<p").Attribute("class", classes).Raw(">");
            html.Inlines(line.Inlines);
            html.Line("</p>");
        }

        html.Line($"</{element}>");
    }

    /// <summary>
    /// CSS margin-box rules (inside <c>@page</c>) for <paramref name="content"/> at the top or bottom edge, one box per
    /// alignment, each line of the box separated by a line feed; <paramref name="declarations"/> style each box.
    /// </summary>
    public static string MarginBoxes(RunningContent? content, string edge, string declarations)
    {
        if (content is null)
        {
            return string.Empty;
        }

        var css = new StringBuilder();
        foreach (var (alignment, box) in new[] { (TextAlignment.Left, "left"), (TextAlignment.Centre, "center"), (TextAlignment.Right, "right") })
        {
            var lines = content.Lines.Where(l => l.Alignment == alignment).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var tokens = string.Join(" \"\\A\" ", lines.Select(l => Tokens(l.Inlines)));
            css.Append("  @").Append(edge).Append('-').Append(box).Append(" { content: ").Append(tokens).Append("; ").Append(declarations).Append(" }\n");
        }

        return css.ToString();
    }

    private static string Tokens(IEnumerable<Inline> inlines)
    {
        var tokens = inlines.Select(Token).Where(t => t.Length > 0).ToList();
        return tokens.Count == 0 ? "\"\"" : string.Join(' ', tokens);
    }

    private static string Token(Inline inline) => inline switch
    {
        TextRun run => HtmlEscaper.CssString(run.Text),
        Link link => Tokens(link.Inlines),
        Badge badge => HtmlEscaper.CssString(badge.Text),
        LineBreak => "\"\\A\"",
        PageNumberField { Kind: PageNumberKind.Current } => "counter(page)",
        PageNumberField => "counter(pages)",
        _ => string.Empty,
    };
}
