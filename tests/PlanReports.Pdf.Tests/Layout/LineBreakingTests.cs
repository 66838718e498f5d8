using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Tests.Layout;

public sealed class LineBreakingTests : IDisposable
{
    private readonly FontSet fonts = FontSet.Load();

    [Fact]
    public void Words_split_after_spaces_and_after_hyphens_between_letters()
    {
        var words = LineBreaker.Words("re-admission rates  fell - sharply").ToList();

        Assert.Equal(["re-", "admission ", "rates  ", "fell ", "- ", "sharply"], words);
    }

    [Fact]
    public void Lines_never_exceed_the_width_and_keep_every_character()
    {
        var style = new TextStyle(fonts.Regular, 11, Documents.Model.Colour.Black);
        const string text = "Commissioners have set out the actions needed to meet the standard, with milestones for each quarter.";

        var lines = LineBreaker.Break([new InlineSpan(text, style)], 150, style, 1.25);

        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(l.Width <= 150.001, $"line width {l.Width}"));
        var rejoined = string.Concat(lines.Select(l => string.Concat(l.Fragments.Select(f => TextDrawing.TextOf(f.Glyphs)))));
        Assert.Equal(text, rejoined);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split_between_glyphs()
    {
        var style = new TextStyle(fonts.Regular, 11, Documents.Model.Colour.Black);
        var word = new string('W', 60);

        var lines = LineBreaker.Break([new InlineSpan(word, style)], 100, style, 1.25);

        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(l.Width <= 100.001));
        Assert.Equal(word, string.Concat(lines.SelectMany(l => l.Fragments).Select(f => TextDrawing.TextOf(f.Glyphs))));
    }

    [Fact]
    public void Kerning_is_applied_by_shaping()
    {
        var kerned = fonts.Regular.Shape("AV");
        var unkerned = fonts.Regular.DefaultAdvance(kerned.Glyphs[0].GlyphId) + fonts.Regular.DefaultAdvance(kerned.Glyphs[1].GlyphId);

        Assert.True(kerned.Advance < unkerned, $"AV shaped {kerned.Advance}, unkerned {unkerned}");
    }

    [Fact]
    public void A_character_the_font_lacks_is_an_error_naming_the_character_and_the_text()
    {
        var error = Assert.Throws<InvalidOperationException>(() => fonts.Regular.Shape("Budget 中 line"));

        Assert.Contains("'中' (U+4E2D)", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Budget 中 line\"", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => fonts.Dispose();
}
