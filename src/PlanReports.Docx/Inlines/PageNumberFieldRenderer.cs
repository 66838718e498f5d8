using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Inlines;

/// <summary>
/// PAGE or NUMPAGES as a complex field (begin, instruction, separate, cached result, end). Word and LibreOffice
/// recompute the result on every page; the cached "1" is what a reader without field support sees.
/// </summary>
internal sealed class PageNumberFieldRenderer : DocxInlineRenderer<PageNumberField>
{
    protected override IEnumerable<OpenXmlElement> Write(PageNumberField inline, DocxContext context)
    {
        var instruction = inline.Kind == PageNumberKind.Total ? " NUMPAGES \\* Arabic " : " PAGE \\* Arabic ";
        return
        [
            FieldRun(context, new FieldChar { FieldCharType = FieldCharValues.Begin }),
            FieldRun(context, new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
            FieldRun(context, new FieldChar { FieldCharType = FieldCharValues.Separate }),
            FieldRun(context, new Text("1")),
            FieldRun(context, new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
    }

    private static Run FieldRun(DocxContext context, OpenXmlElement content)
    {
        var run = new Run();
        if (Runs.Properties(context, bold: false, italic: false, characterStyle: null) is { } properties)
        {
            run.RunProperties = properties;
        }

        run.Append(content);
        return run;
    }
}
