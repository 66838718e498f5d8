using System.Globalization;
using PlanReports.Bench;
using PlanReports.Pdf.Tests.Fixtures;

namespace PlanReports.Pdf.Tests.Output;

/// <summary>Properties of the file itself: reproducible bytes, size, and the catalogue entries accessibility needs.</summary>
public sealed class PdfFileTests(RenderedSamples samples) : IClassFixture<RenderedSamples>
{
    [Fact]
    public void Rendering_the_same_document_twice_gives_identical_bytes()
    {
        using var renderer = new PdfRenderer();

        var again = RenderedSamples.Render(renderer, SampleDocuments.Letter()).Bytes;

        Assert.Equal(samples.Letter, again);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    [InlineData("")]
    public void The_bytes_do_not_depend_on_the_current_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            using var renderer = new PdfRenderer();

            var bytes = RenderedSamples.Render(renderer, SampleDocuments.Pack()).Bytes;

            Assert.Equal(samples.Pack, bytes);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Internal_links_go_to_the_heading_with_that_id()
    {
        var text = DecodedPdf.Text(samples.Letter);

        Assert.Matches(@"/A <</S /GoTo /D \[\d+ 0 R /XYZ null [\d.]+ null\]>>", text);
    }

    [Fact]
    public void The_two_page_sign_off_letter_is_at_most_60_KB()
    {
        Assert.Equal(2, samples.LetterPages);
        Assert.InRange(samples.Letter.Length, 1, 60 * 1024);
    }

    [Fact]
    public void The_file_id_is_a_hash_of_the_content_not_a_clock()
    {
        var text = DecodedPdf.Text(samples.Letter);
        var id = text[(text.IndexOf("/ID [<", StringComparison.Ordinal) + 6)..];
        id = id[..id.IndexOf('>', StringComparison.Ordinal)];

        var other = DecodedPdf.Text(samples.Pack);
        Assert.Equal(32, id.Length);
        Assert.DoesNotContain(id, other, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_declares_language_marking_display_title_and_tab_order()
    {
        var text = DecodedPdf.Text(samples.Letter);

        Assert.StartsWith("%PDF-1.7", text, StringComparison.Ordinal);
        Assert.Contains("/MarkInfo <</Marked true>>", text, StringComparison.Ordinal);
        Assert.Contains("/ViewerPreferences <</DisplayDocTitle true>>", text, StringComparison.Ordinal);
        Assert.Contains("/Lang <FEFF0065006E002D00470042>", text, StringComparison.Ordinal);
        Assert.Contains("/Tabs /S", text, StringComparison.Ordinal);
        Assert.Contains("/Outlines", text, StringComparison.Ordinal);
        Assert.Contains("/S /URI /URI (https://www.gov.uk/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_elements_are_compressed_into_object_streams_with_a_cross_reference_stream()
    {
        var raw = System.Text.Encoding.Latin1.GetString(samples.Pack);
        var decoded = DecodedPdf.Text(samples.Pack);

        // Structure elements leave out the optional /Type /StructElem; /S names their type.
        Assert.DoesNotContain("<</S /Document /P ", raw, StringComparison.Ordinal);
        Assert.Contains("<</S /Document /P ", decoded, StringComparison.Ordinal);
        Assert.Contains("/Type /ObjStm", raw, StringComparison.Ordinal);
        Assert.Contains("/Type /XRef", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\ntrailer", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void The_renderer_reports_its_format_and_page_count()
    {
        using var renderer = new PdfRenderer();

        Assert.Equal("pdf", renderer.Format);
        Assert.Equal("pdf", renderer.FileExtension);
        Assert.True(samples.PackPages >= 8, $"the pack has {samples.PackPages} pages");
    }
}
