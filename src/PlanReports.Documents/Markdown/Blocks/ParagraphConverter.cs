using Markdig.Syntax;
using PlanReports.Documents.Model;
using MdTable = Markdig.Extensions.Tables.Table;
using ModelBlock = PlanReports.Documents.Model.Block;

namespace PlanReports.Documents.Markdown.Blocks;

/// <summary>
/// A paragraph. Classes set its role (<c>{.notice}</c>, <c>{.small}</c>, <c>{.title}</c>, <c>{.subtitle}</c>) and
/// alignment (<c>{.centre}</c>, <c>{.right}</c>). A paragraph "Table: …" straight after a pipe table is that table's
/// caption, as in Pandoc.
/// </summary>
internal sealed class ParagraphConverter : BlockConverter<ParagraphBlock>
{
    private const string CaptionPrefix = "Table:";

    private const string AllowedClasses = ".notice, .small, .title, .subtitle, .left, .centre, .right";

    protected override void Convert(ParagraphBlock block, MarkdownConversion conversion, List<ModelBlock> output)
    {
        var attributes = TemplateAttributes.Of(block, conversion);
        if (attributes.Id is not null)
        {
            throw conversion.Error(block, $"ids can only be set on headings, not on a paragraph ('#{attributes.Id}')");
        }

        var inlines = InlineText.Trim(conversion.ConvertInlines(block.Inline, RunStyle.Plain));
        if (inlines.Count == 0)
        {
            return;
        }

        if (TryAttachCaption(block, inlines, output))
        {
            return;
        }

        var style = ParagraphStyle.Normal;
        var alignment = TextAlignment.Left;
        foreach (var name in attributes.Classes)
        {
            switch (name)
            {
                case "notice": style = ParagraphStyle.Notice; break;
                case "small": style = ParagraphStyle.Small; break;
                case "title": style = ParagraphStyle.Title; break;
                case "subtitle": style = ParagraphStyle.Subtitle; break;
                case "left": alignment = TextAlignment.Left; break;
                case "centre": alignment = TextAlignment.Centre; break;
                case "right": alignment = TextAlignment.Right; break;
                default:
                    throw conversion.Error(block, $"unknown paragraph class '.{name}'; use one of {AllowedClasses}");
            }
        }

        output.Add(new Paragraph(inlines, alignment, style) { Source = conversion.SourceOf(block) });
    }

    private static bool TryAttachCaption(ParagraphBlock block, List<Inline> inlines, List<ModelBlock> output)
    {
        var parent = block.Parent;
        var index = parent?.IndexOf(block) ?? -1;
        if (index <= 0 || parent![index - 1] is not MdTable || output.Count == 0 || output[^1] is not Table { Caption: null } table)
        {
            return false;
        }

        var text = InlineText.PlainText(inlines);
        if (!text.StartsWith(CaptionPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        output[^1] = table with { Caption = text[CaptionPrefix.Length..].Trim() };
        return true;
    }
}
