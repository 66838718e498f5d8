using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Tests.Fixtures;
using UglyToad.PdfPig;

namespace PlanReports.Pdf.Tests.Output;

/// <summary>Glyph codes are written as bytes in literal strings; codes that are string delimiters must survive.</summary>
public sealed class GlyphCodeTests
{
    // Bytes a literal string must escape: its delimiters, the backslash, and CR (a reader turns a raw CR into LF).
    private static readonly byte[] Escaped = [(byte)'(', (byte)')', (byte)'\\', (byte)'\r'];

    [Fact]
    public void Text_whose_glyph_codes_contain_parentheses_backslash_or_CR_bytes_reads_back_unchanged()
    {
        var letters = Enumerable.Range(0x21, 0x7E - 0x21 + 1).Concat(Enumerable.Range(0xC0, 0x100 - 0xC0)).Select(c => (char)c).ToList();
        using var fonts = FontSet.Load();
        var escapedLetters = letters.Where(c => fonts.Regular.Shape(c.ToString()).Glyphs.Any(g => Escaped.Contains((byte)(g.GlyphId >> 8)) || Escaped.Contains((byte)g.GlyphId))).ToList();
        var text = string.Join(' ', letters.Chunk(20).Select(chunk => new string(chunk)));
        using var renderer = new PdfRenderer();

        var pdf = RenderedSamples.Render(renderer, TestDocuments.Of(TestDocuments.P(text))).Bytes;

        Assert.NotEmpty(escapedLetters);
        using var document = PdfDocument.Open(pdf);
        var read = string.Join(' ', document.GetPages().SelectMany(PdfProjection.Lines));
        Assert.Contains(text, read, StringComparison.Ordinal);
    }
}
