using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>The closing, space to sign, then the signatory's name, role and organisation; never split across pages.</summary>
internal sealed class SignatureBlockRenderer : HtmlBlockRenderer<SignatureBlock>
{
    protected override void Write(SignatureBlock block, HtmlWriter html)
    {
        html.Line("<div class=\"signature\">");
        html.Raw("<p class=\"closing\">").Text(block.Closing).Line("</p>");
        html.Raw("<p class=\"signatory\"><strong>").Text(block.Name).Raw("</strong><br>")
            .Text(block.Role).Raw("<br>")
            .Text(block.Organisation).Line("</p>");
        html.Line("</div>");
    }
}
