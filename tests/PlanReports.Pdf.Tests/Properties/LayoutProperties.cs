using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout;
using PlanReports.Pdf.Tests.Fixtures;
using static PlanReports.Pdf.Tests.Fixtures.TestDocuments;

namespace PlanReports.Pdf.Tests.Properties;

/// <summary>
/// Random documents thrown at the layout: random text, empty strings, very long words, huge tables and deep lists.
/// Layout must finish, and draw nothing outside the page; the only error allowed is the documented cannot-fit one.
/// </summary>
public sealed class LayoutProperties
{
    // Characters Liberation Sans covers, including the ones UK government documents use: £ – ’ é.
    private static readonly char[] Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     .,;:-–’'\"£%&()/éèöüçñÁ".ToCharArray();

    private static Gen<string> Text =>
        Gen.Frequency(
            (1, Gen.Constant(string.Empty)),
            (6, Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs))),
            (1, Gen.Choose(50, 400).Select(n => new string('W', n))),
            (1, Gen.Choose(1, 60).Select(n => string.Join("-", Enumerable.Repeat("long", n)))));

    private static Gen<Inline> Inline =>
        Gen.Frequency(
            (6, from text in Text from bold in Gen.Elements(true, false) from italic in Gen.Elements(true, false) select (Inline)new TextRun(text, bold, italic)),
            (1, Gen.Constant((Inline)new LineBreak())),
            (1, Text.Select(t => (Inline)new Badge(t.Length == 0 ? "Amber" : t[..Math.Min(t.Length, 12)], Colour.FromHex("FFB81C"), Colour.Black))),
            (1, Text.Select(t => (Inline)new Link("https://example.org/a", [new TextRun(t)]))));

    private static Gen<Paragraph> Paragraph =>
        from inlines in Inline.ListOf()
        from alignment in Gen.Elements(TextAlignment.Left, TextAlignment.Centre, TextAlignment.Right)
        from style in Gen.Elements(Enum.GetValues<ParagraphStyle>())
        select new Paragraph(inlines.ToList(), alignment, style);

    private static Gen<Block> Block(int depth) =>
        depth <= 0
            ? Paragraph.Select(p => (Block)p)
            : Gen.Frequency(
                (5, Paragraph.Select(p => (Block)p)),
                (2, Gen.Zip(Gen.Choose(1, 3), Inline.ListOf()).Select(t => (Block)new Heading(t.Item1, t.Item2.ToList()))),
                (2, Gen.Zip(Gen.Elements(true, false), Block(depth - 1).ListOf().Select(b => new ListItem(b.ToList())).ListOf()).Select(t => (Block)new ListBlock(t.Item1, t.Item2.ToList()))),
                (2, Table(depth - 1)),
                (1, Block(depth - 1).ListOf().Select(b => (Block)new KeepTogether(b.ToList()))),
                (1, Block(depth - 1).ListOf().Select(b => (Block)new Section(b.ToList(), StartOnNewPage: b.Count % 2 == 0))),
                (1, Gen.Constant((Block)new PageBreak())));

    private static Gen<Block> Table(int depth) =>
        from columns in Gen.Choose(1, 6)
        from rows in Gen.Choose(0, 80)
        from cell in Block(Math.Min(depth, 1)).ListOf()
        from shaded in Gen.Elements(true, false)
        select (Block)new Table(
            Enumerable.Range(0, columns).Select(i => new TableColumn(1 + (i % 3))).ToList(),
            [new TableRow(Enumerable.Range(0, columns).Select(i => TableCell.Text($"Header {i}", CellScope.Column)).ToList())],
            [new TableRowGroup("Group", Enumerable.Range(0, rows).Select(r => new TableRow(
                Enumerable.Range(0, columns).Select(c => c == r % columns ? new TableCell(cell.ToList(), Shading: shaded ? Colour.FromHex("005EB8") : null) : TableCell.Text($"{r}.{c}")).ToList())).ToList())]);

    [Property(MaxTest = 40)]
    public Property Random_documents_lay_out_inside_the_page_or_fail_only_with_the_cannot_fit_error() =>
        Prop.ForAll(Block(3).ListOf().ToArbitrary(), blocks =>
        {
            var document = Of([.. blocks]);
            LaidOut layout;
            try
            {
                layout = LayoutOf(document);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("cannot fit on the page", StringComparison.Ordinal))
            {
                return true;
            }

            return InsidePage(layout);
        });

    [Property(MaxTest = 10)]
    public Property Huge_tables_finish_and_keep_every_row() =>
        Prop.ForAll(Gen.Choose(200, 2000).ToArbitrary(), rows =>
        {
            var body = Enumerable.Range(0, rows).Select(i => new TableRow([TableCell.Text($"r{i}"), TableCell.Text(Words(i % 30))])).ToList();
            var table = new Table([new TableColumn(1), new TableColumn(4)], [new TableRow([TableCell.Text("Row", CellScope.Column), TableCell.Text("Text", CellScope.Column)])], [new TableRowGroup(null, body)]);

            var layout = LayoutOf(Of(table));

            var drawn = TextByPage(layout).SelectMany(p => p).Count(t => t.Length > 1 && t[0] == 'r' && char.IsDigit(t[1]));
            return drawn == rows && InsidePage(layout);
        });

    [Property(MaxTest = 20)]
    public Property Deep_lists_lay_out_until_they_cannot_fit_and_then_say_so() =>
        Prop.ForAll(Gen.Choose(1, 60).ToArbitrary(), depth =>
        {
            Block list = new ListBlock(false, [new ListItem([P("Innermost item with some words in it")])]);
            for (var i = 1; i < depth; i++)
            {
                list = new ListBlock(i % 2 == 0, [new ListItem([P($"Level {i}"), list])]);
            }

            try
            {
                return InsidePage(LayoutOf(Of(list)));
            }
            catch (InvalidOperationException e)
            {
                return e.Message.Contains("cannot fit on the page", StringComparison.Ordinal)
                    && e.Message.Contains("nested so deep", StringComparison.Ordinal);
            }
        });

    private static bool InsidePage(LaidOut layout)
    {
        var page = new PageBox(0, 0, layout.PageWidth, layout.PageHeight);
        foreach (var p in layout.Pages)
        {
            foreach (var op in p.Ops)
            {
                if (!op.Op.Bounds.IsInside(page))
                {
                    throw new InvalidOperationException($"Page {p.Index + 1}: {op.Op} is outside the page ({op.Op.Bounds}).");
                }
            }
        }

        return layout.Pages.Count > 0;
    }
}
