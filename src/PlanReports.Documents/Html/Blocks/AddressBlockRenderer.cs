using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>An address: one line per entry, in a block that keeps its lines together.</summary>
internal sealed class AddressBlockRenderer : HtmlBlockRenderer<AddressBlock>
{
    protected override void Write(AddressBlock block, HtmlWriter html)
    {
        var classes = string.Join(' ', new[] { "address-block", AlignmentClass.Of(block.Alignment) }.Where(c => c.Length > 0));
        html.Raw("<p").Attribute("class", classes).Raw(">");
        for (var i = 0; i < block.Lines.Count; i++)
        {
            if (i > 0)
            {
                html.Raw("<br>");
            }

            html.Text(block.Lines[i]);
        }

        html.Line("</p>");
    }
}
