using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using static PlanReports.Documents.Html.HtmlFormat;

namespace PlanReports.Documents.Html;

/// <summary>
/// The embedded stylesheet, derived from the shared <see cref="DocumentTheme"/> and the document's page setup, so the
/// HTML looks like the PDF and DOCX of the same document: on screen a page-wide column, in print A4 with the
/// document's margins and running header and footer.
/// </summary>
internal static class HtmlStyleSheet
{
    public static string Build(DocumentTheme theme, PageSetup page)
    {
        var m = page.Margins;
        var headingSize = (int level) => Pt(theme.HeadingSizes[Math.Min(level, theme.HeadingSizes.Count) - 1]);
        var runningStyle = $"font-family: {FontStack(theme)}; font-size: {Pt(theme.SmallSize)}; color: {Hex(theme.Text)}; white-space: pre-wrap;";
        var lineGap = Pt(theme.ParagraphSpacing);
        var marginBoxes = RunningContentWriter.MarginBoxes(page.Header, "top", runningStyle)
            + RunningContentWriter.MarginBoxes(page.Footer, "bottom", runningStyle);

        return $$"""
            html { background: {{Hex(Colour.White)}}; }
            body { margin: 0 auto; max-width: {{Pt(page.Width)}}; box-sizing: border-box; padding: {{Pt(m.Top / 2)}} {{Pt(m.Right)}} {{Pt(m.Bottom / 2)}} {{Pt(m.Left)}}; font-family: {{FontStack(theme)}}; font-size: {{Pt(theme.BodySize)}}; line-height: {{Number(theme.LineHeight)}}; color: {{Hex(theme.Text)}}; }
            main { display: block; }
            h1, h2, h3, h4 { color: {{Hex(theme.Accent)}}; line-height: 1.2; margin: {{Pt(theme.HeadingSpacingBefore)}} 0 {{lineGap}}; break-after: avoid; }
            h1 { font-size: {{headingSize(1)}}; }
            h2 { font-size: {{headingSize(2)}}; }
            h3 { font-size: {{headingSize(3)}}; }
            h4 { font-size: {{headingSize(4)}}; }
            p, ul, ol, dl, address, figure, table { margin: 0 0 {{lineGap}}; }
            ul, ol { padding-left: {{Pt(theme.ListIndent)}}; }
            li > ul, li > ol { margin-bottom: 0; }
            nav.contents ol { list-style: none; padding-left: 0; }
            nav.contents ol ol { padding-left: {{Pt(theme.ListIndent)}}; }
            li { margin-bottom: {{Pt(theme.ParagraphSpacing / 2)}}; }
            .title { font-size: {{Pt(theme.TitleSize)}}; font-weight: bold; color: {{Hex(theme.Accent)}}; line-height: 1.2; margin-top: 0; margin-bottom: {{Pt(theme.ParagraphSpacing * 2)}}; }
            .subtitle { font-size: {{Pt(theme.SubtitleSize)}}; margin-bottom: {{Pt(theme.ParagraphSpacing * 2)}}; }
            .small { font-size: {{Pt(theme.SmallSize)}}; }
            .notice { background: {{Hex(theme.NoticeFill)}}; border: {{Pt(theme.BorderWidth * 3)}} solid {{Hex(theme.NoticeBorder)}}; padding: {{Pt(theme.CellPadding * 2)}} {{Pt(theme.CellPadding * 3)}}; break-inside: avoid; }
            .align-centre { text-align: center; }
            .align-right { text-align: right; }
            a { color: {{Hex(theme.LinkColour)}}; text-decoration: underline; }
            table { border-collapse: collapse; width: 100%; font-size: {{Pt(theme.TableSize)}}; }
            caption { caption-side: top; text-align: left; font-weight: bold; font-size: {{Pt(theme.BodySize)}}; padding-bottom: {{Pt(theme.CellPadding)}}; }
            th, td { border: {{Pt(theme.BorderWidth)}} solid {{Hex(theme.Border)}}; padding: {{Pt(theme.CellPadding)}} {{Pt(theme.CellPadding * 1.5)}}; vertical-align: top; text-align: left; word-break: normal; overflow-wrap: normal; hyphens: manual; }
            th.align-centre, td.align-centre { text-align: center; }
            th.align-right, td.align-right { text-align: right; }
            thead th { background: {{Hex(theme.TableHeaderFill)}}; color: {{Hex(theme.TableHeaderText)}}; font-weight: bold; }
            tbody th[scope="row"] { font-weight: bold; }
            tr.group th { background: {{Hex(theme.TableHeaderFill)}}; color: {{Hex(theme.TableHeaderText)}}; border-top: {{Pt(theme.BorderWidth * 3)}} solid {{Hex(theme.Accent)}}; }
            th p:last-child, td p:last-child { margin-bottom: 0; }
            .badge { display: inline-block; font-weight: bold; padding: 0 {{Pt(theme.CellPadding)}}; border-radius: {{Pt(theme.CellPadding / 2)}}; }
            .key-values { display: grid; grid-template-columns: max-content 1fr; column-gap: {{Pt(theme.ListIndent)}}; row-gap: {{Pt(theme.ParagraphSpacing / 2)}}; }
            .key-values div { display: contents; }
            .key-values dt { font-weight: bold; }
            .key-values dd { margin: 0; }
            .address-block { font-style: normal; margin-bottom: {{Pt(theme.ParagraphSpacing * 2)}}; }
            .signature { margin-top: {{Pt(theme.ParagraphSpacing * 2)}}; break-inside: avoid; }
            .signature .closing { margin-bottom: {{Pt(theme.BodySize * 3)}}; }
            figure { margin-left: 0; margin-right: 0; break-inside: avoid; }
            figure svg { display: block; width: 100%; height: auto; }
            .chart-grid { break-inside: auto; }
            .chart-grid-cells { display: grid; column-gap: {{Pt(ChartGridLayout.Gap)}}; }
            figcaption { font-size: {{Pt(theme.SmallSize)}}; font-weight: bold; margin-top: {{Pt(theme.CellPadding)}}; }
            .keep-together, tr.keep { break-inside: avoid; }
            .keep-with-next, caption, thead { break-after: avoid; }
            .keep-with-next { break-inside: avoid; }
            section.new-page { break-before: page; }
            hr.page-break { border: 0; border-top: {{Pt(theme.BorderWidth)}} dashed {{Hex(theme.Border)}}; margin: {{Pt(theme.HeadingSpacingBefore * 2)}} 0; }
            .letterhead { margin-bottom: {{Pt(theme.HeadingSpacingBefore * 2)}}; }
            .running-header, .running-footer { {{runningStyle}} }
            .running-header { border-bottom: {{Pt(theme.BorderWidth)}} solid {{Hex(theme.Border)}}; margin-bottom: {{Pt(theme.HeadingSpacingBefore * 2)}}; }
            .running-footer { border-top: {{Pt(theme.BorderWidth)}} solid {{Hex(theme.Border)}}; margin-top: {{Pt(theme.HeadingSpacingBefore * 3)}}; }
            .running-line { margin: 0; }
            @media screen {
              .running-line.paged { display: none; }
            }
            @media screen and (max-width: {{Pt(page.Width)}}) {
              body { padding-left: {{Pt(theme.CellPadding * 3)}}; padding-right: {{Pt(theme.CellPadding * 3)}}; }
            }
            @media print {
              body { max-width: none; padding: 0; }
              .running-header, .running-footer { display: none; }
              thead { display: table-header-group; }
              hr.page-break { border: 0; margin: 0; break-after: page; }
            }
            @page {
              size: {{Pt(page.Width)}} {{Pt(page.Height)}};
              margin: {{Pt(m.Top)}} {{Pt(m.Right)}} {{Pt(m.Bottom)}} {{Pt(m.Left)}};
            {{marginBoxes}}}

            """;
    }

    private static string FontStack(DocumentTheme theme) => HtmlEscaper.CssString(theme.FontFamily) + ", sans-serif";
}
