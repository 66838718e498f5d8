using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html;

/// <summary>Base of the typed inline renderers.</summary>
internal abstract class HtmlInlineRenderer<TInline> : IHtmlInlineRenderer
    where TInline : Inline
{
    public Type NodeType => typeof(TInline);

    public void Write(Inline inline, HtmlWriter html) => Write((TInline)inline, html);

    protected abstract void Write(TInline inline, HtmlWriter html);
}
