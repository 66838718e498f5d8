using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Styles;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Inlines;

/// <summary>
/// A hyperlink: "#id" becomes a link to the bookmark of that anchor; anything else an external relationship of the
/// part being written. The text takes the Hyperlink character style (coloured and underlined, so not colour alone).
/// </summary>
internal sealed class LinkRenderer : DocxInlineRenderer<Link>
{
    protected override IEnumerable<OpenXmlElement> Write(Link inline, DocxContext context)
    {
        var linkScope = context.TextColour is null ? context : context with { TextColour = null };
        var content = linkScope.RenderInlines(inline.Inlines);
        if (content.Count == 0)
        {
            content.Add(new Run(new Text(XmlSafeText.CleanLine(inline.Target))));
        }

        Runs.Style(content, StyleIds.Hyperlink);

        var hyperlink = new Hyperlink();
        var target = XmlSafeText.CleanLine(inline.Target).Trim();
        if (target.StartsWith('#'))
        {
            hyperlink.Anchor = BookmarkNames.FromId(target[1..]);
        }
        else
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri))
            {
                throw new FormatException($"The link target '{target}' is neither '#anchor' nor an absolute URI such as https://… or mailto:….");
            }

            var id = context.Ids.NextRelationshipId("rIdLink");
            context.Part.AddHyperlink(uri, id);
            hyperlink.Id = id;
        }

        hyperlink.Append(content);
        return [hyperlink];
    }
}
