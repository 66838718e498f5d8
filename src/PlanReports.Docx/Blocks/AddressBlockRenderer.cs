using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Blocks;

/// <summary>An address: one paragraph, one line per address line, kept on one page.</summary>
internal sealed class AddressBlockRenderer : DocxBlockRenderer<AddressBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(AddressBlock block, DocxContext context)
    {
        var lines = block.Lines.Select(XmlSafeText.CleanLine).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var content = new List<OpenXmlElement>();
        for (var i = 0; i < lines.Count; i++)
        {
            var run = Runs.Text(lines[i], context);
            run.BreakAfter = i < lines.Count - 1;

            content.Add(run);
        }

        var paragraph = Rendering.Paragraphs.Create(context.InTable ? Styles.StyleIds.TableText : null, block.Alignment, content);
        Rendering.Paragraphs.Properties(paragraph).KeepLines = true;
        return [paragraph];
    }
}
