using DocumentFormat.OpenXml;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Inlines;

/// <summary>
/// A status badge: its text in bold on run shading (w:shd). The text carries the meaning; the colour only repeats
/// it. The foreground is replaced when it would fall below 4.5:1 against the background.
/// </summary>
internal sealed class BadgeRenderer : DocxInlineRenderer<Badge>
{
    // No-break spaces pad the shading so the label does not touch its edges.
    private const string Pad = "\u00A0";

    protected override IEnumerable<OpenXmlElement> Write(Badge inline, DocxContext context)
    {
        var foreground = ContrastingText.On(inline.Background, inline.Foreground, context.Theme.Text);
        return
        [
            new TextRunElement(Pad + XmlSafeText.CleanLine(inline.Text) + Pad)
            {
                Bold = true,
                Colour = foreground.ToHex(),
                ShadingFill = inline.Background.ToHex(),
            },
        ];
    }
}
