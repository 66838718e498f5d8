using System.Globalization;
using System.Text.RegularExpressions;
using PlanReports.Documents.Model;
using PlanReports.Bench;
using PlanReports.Pdf.Tests.Fixtures;

namespace PlanReports.Pdf.Tests.Output;

/// <summary>Properties of the file itself: reproducible bytes, size, and the catalogue entries accessibility needs.</summary>
public sealed partial class PdfFileTests(RenderedSamples samples) : IClassFixture<RenderedSamples>
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
    public void The_file_opens_with_one_header_and_a_binary_comment_then_its_first_object()
    {
        var raw = System.Text.Encoding.Latin1.GetString(samples.Letter);

        Assert.StartsWith("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n", raw, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(raw, "%PDF-"));
        Assert.Matches(@"^\d+ 0 obj\n", raw["%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n".Length..]);
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

    [Fact]
    public void Each_page_draws_its_header_body_and_footer_streams_and_a_header_without_numbers_is_written_once()
    {
        var page = PageSetup.A4Portrait with
        {
            Header = new RunningContent([new RunningLine([new TextRun("Integrated plan assurance")])]),
            Footer = new RunningContent([new RunningLine([new TextRun("Page "), new PageNumberField(PageNumberKind.Current), new TextRun(" of "), new PageNumberField(PageNumberKind.Total)])]),
        };
        using var renderer = new PdfRenderer();
        using var output = new MemoryStream();
        var pages = renderer.Render(TestDocuments.WithPage(page, TestDocuments.P(TestDocuments.Words(2000))), output).PageCount;

        var contents = ContentArrays().Matches(DecodedPdf.Text(output.ToArray())).Select(m => m.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToArray()).ToList();
        Assert.True(pages >= 3);
        Assert.Equal(pages, contents.Count);
        Assert.Single(contents.Select(c => c[0]).Distinct());
        Assert.Equal(pages, contents.Select(c => c[1]).Distinct().Count());
        Assert.Equal(pages, contents.Select(c => c[2]).Distinct().Count());
    }

    [Fact]
    public void A_document_that_fails_part_way_stops_the_writer_and_the_renderer_goes_on_with_the_next()
    {
        // Twenty pages are written before the figure that cannot fit on any page.
        var bars = Enumerable.Range(0, 80).Select(i => new Bar($"Bar {i}", i, Colour.Black)).ToList();
        var failing = TestDocuments.Of(TestDocuments.P(TestDocuments.Words(9000)), new Figure("Eighty bars", "Too tall", new BarChart(bars, 100)));
        using var renderer = new PdfRenderer();

        using (var output = new MemoryStream())
        {
            var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(failing, output));
            Assert.Contains("figure \"Too tall\"", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(samples.Letter, RenderedSamples.Render(renderer, SampleDocuments.Letter()).Bytes);
    }

    [Fact]
    public void An_output_that_fails_fails_the_render_with_its_own_error()
    {
        using var renderer = new PdfRenderer();
        using var output = new FailingStream();

        var error = Assert.Throws<IOException>(() => renderer.Render(SampleDocuments.Pack(), output));
        Assert.Equal("The disk is full.", error.Message);
    }

    [GeneratedRegex(@"/Contents \[(\d+) 0 R (\d+) 0 R (\d+) 0 R\]")]
    private static partial Regex ContentArrays();

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("The disk is full.");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("The disk is full.");
    }
}
