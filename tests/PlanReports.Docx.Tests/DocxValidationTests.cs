using PlanReports.Docx.Tests.Samples;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>Every DOCX the renderer writes passes the Open XML SDK's schema and semantic validator.</summary>
public sealed class DocxValidationTests
{
    public static TheoryData<string> Samples => ["letter", "pack", "hostile"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void OpenXmlValidator_for_Office_2019_reports_no_errors(string sample)
    {
        var document = sample switch
        {
            "letter" => SampleDocuments.FormalLetter(),
            "pack" => SampleDocuments.LongTablePack(),
            _ => SampleDocuments.HostileInput(),
        };
        using var word = DocxFiles.Open(DocxFiles.Render(document));

        DocxFiles.AssertValid(word);
    }

    [Fact]
    public void Letter_uses_every_block_and_inline_type_the_renderer_knows()
    {
        // Guards the validation test above: it only proves something if the sample exercises every writer.
        var document = SampleDocuments.FormalLetter();
        var blocks = Walk(document.Body.Concat(document.Page.FirstPageLetterhead)).Select(b => b.GetType()).ToHashSet();
        var inlines = InlinesOf(document).Select(i => i.GetType()).ToHashSet();

        Type[] expectedBlocks = [typeof(Paragraph), typeof(Heading), typeof(ListBlock), typeof(Table), typeof(KeyValueList), typeof(AddressBlock), typeof(SignatureBlock), typeof(Figure), typeof(PageBreak), typeof(KeepTogether), typeof(Section)];
        Type[] expectedInlines = [typeof(TextRun), typeof(Link), typeof(Badge), typeof(PageNumberField)];
        Assert.Empty(expectedBlocks.Except(blocks));
        Assert.Empty(expectedInlines.Except(inlines));
    }

    private static IEnumerable<Block> Walk(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                ListBlock list => list.Items.SelectMany(i => i.Blocks),
                Table table => table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Blocks),
                KeepTogether keep => keep.Blocks,
                Section section => section.Blocks,
                _ => [],
            };
            foreach (var child in Walk(children))
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<Inline> InlinesOf(Document document)
    {
        var fromBlocks = Walk(document.Body).SelectMany(b => b switch
        {
            Paragraph p => p.Inlines,
            Heading h => h.Inlines,
            _ => [],
        });
        var running = new[] { document.Page.Header, document.Page.Footer }.OfType<RunningContent>().SelectMany(r => r.Lines).SelectMany(l => l.Inlines);
        return fromBlocks.Concat(running);
    }
}
