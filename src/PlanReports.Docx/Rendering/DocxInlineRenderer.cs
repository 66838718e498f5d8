using DocumentFormat.OpenXml;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Rendering;

/// <summary>Base of the inline renderers: one per inline type, found by type.</summary>
internal abstract class DocxInlineRenderer<TInline> : IDocxInlineRenderer
    where TInline : Inline
{
    public Type InlineType => typeof(TInline);

    public IEnumerable<OpenXmlElement> Render(Inline inline, DocxContext context) => Write((TInline)inline, context);

    protected abstract IEnumerable<OpenXmlElement> Write(TInline inline, DocxContext context);
}
