using DocumentFormat.OpenXml.Wordprocessing;
using M = PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests;

/// <summary>Word keeps together what the PDF layout keeps together: keepNext on introductions and before a signature.</summary>
public sealed class DocxKeepRulesTests
{
    [Fact]
    public void A_sentence_ending_in_a_colon_and_the_paragraph_before_a_signature_keep_with_next_and_an_ordinary_one_does_not()
    {
        var table = new M.Table(
            [new M.TableColumn(1)],
            [new M.TableRow([M.TableCell.Text("When", M.CellScope.Column)])],
            [new M.TableRowGroup(null, [new M.TableRow([M.TableCell.Text("April 2015")])])]);
        var document = new M.Document(
            new M.DocumentMetadata("Letter", "Test", "Keep rules", new DateOnly(2014, 4, 4)),
            M.PageSetup.A4Portrait,
            [
                new M.Paragraph([new M.TextRun("An ordinary paragraph.")]),
                new M.Paragraph([new M.TextRun("It is paid as follows:")]),
                table,
                new M.Paragraph([new M.TextRun("Thank you for your work.")]),
                new M.SignatureBlock("Yours sincerely", "Jane Doe", "Director", "NHS England"),
            ]);

        using var word = DocxFiles.Open(DocxFiles.Render(document));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        bool KeepsNext(string text) => paragraphs.Single(p => p.InnerText == text).ParagraphProperties?.KeepNext is not null;

        Assert.False(KeepsNext("An ordinary paragraph."));
        Assert.True(KeepsNext("It is paid as follows:"));
        Assert.True(KeepsNext("Thank you for your work."));
        var header = word.MainDocumentPart.Document.Body.Elements<Table>().Single().Elements<TableRow>().First();
        Assert.All(header.Descendants<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
    }
}
