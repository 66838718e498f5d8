using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using TextAlignment = PlanReports.Documents.Model.TextAlignment;

namespace PlanReports.Docx.Blocks;

/// <summary>
/// The sign-off of a letter: the closing, space for a signature, then the name in bold, the role and the
/// organisation, all kept on one page.
/// </summary>
internal sealed class SignatureBlockRenderer : DocxBlockRenderer<SignatureBlock>
{
    // Room for a handwritten signature: four body lines.
    private const double SignatureSpaceLines = 4;

    protected override IEnumerable<OpenXmlElement> Write(SignatureBlock block, DocxContext context)
    {
        var theme = context.Theme;
        var closing = Rendering.Paragraphs.Create(null, TextAlignment.Left, [Runs.Text(XmlSafeText.CleanLine(block.Closing), context)]);

        var signatory = new List<OpenXmlElement> { Runs.Text(XmlSafeText.CleanLine(block.Name), context, bold: true) };
        foreach (var line in new[] { block.Role, block.Organisation }.Select(XmlSafeText.CleanLine).Where(l => l.Length > 0))
        {
            var run = Runs.Text(line, context);
            run.BreakBefore = true;
            signatory.Add(run);
        }

        var name = Rendering.Paragraphs.Create(null, TextAlignment.Left, signatory);
        Rendering.Paragraphs.Properties(name).Spacing = new ParagraphSpacing(Units.TwipsText(theme.BodySize * theme.LineHeight * SignatureSpaceLines), After: null);

        List<OpenXmlElement> output = [closing, name];
        Rendering.Paragraphs.KeepWithNext(output);
        return output;
    }
}
