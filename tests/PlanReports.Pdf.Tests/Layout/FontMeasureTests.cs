using PlanReports.Documents.Rendering;

namespace PlanReports.Pdf.Tests.Layout;

/// <summary>The renderer's text measure remembers each text's widest word: the remembered width is the one measured.</summary>
public sealed class FontMeasureTests
{
    [Theory]
    [InlineData("Referral to treatment within 18 weeks", false, 9)]
    [InlineData("Referral to treatment within 18 weeks", true, 9)]
    [InlineData("In\u00A0progress now", false, 10)]
    [InlineData("well-led and self-assessed", false, 9)]
    [InlineData("   ", false, 9)]
    public void The_widest_word_is_the_widest_of_the_words_measured_one_by_one(string text, bool bold, double size)
    {
        using var renderer = new PdfRenderer();
        var measure = renderer.TextMeasure;
        var expected = TextWords.Of(text).Select(w => measure.Width(w, bold, size)).DefaultIfEmpty(0).Max();

        var first = measure.WidestWord(text, bold, size);
        var remembered = measure.WidestWord(text, bold, size);

        Assert.Equal(expected, first);
        Assert.Equal(first, remembered);
    }

    [Fact]
    public void A_bold_and_a_larger_text_are_remembered_apart()
    {
        using var renderer = new PdfRenderer();
        var measure = renderer.TextMeasure;

        var regular = measure.WidestWord("Outpatients", false, 9);
        var bold = measure.WidestWord("Outpatients", true, 9);
        var larger = measure.WidestWord("Outpatients", false, 12);

        Assert.True(bold > regular);
        Assert.Equal(regular * 12 / 9, larger, 6);
    }
}
