using System.Globalization;
using PlanReports.Documents.Html;
using PlanReports.Testing;
using PlanReports.Testing.Documents;

namespace PlanReports.Documents.Tests.Html;

public sealed class HtmlRendererSnapshotTests
{
    [Fact]
    public void Representative_letter_renders_to_the_verified_html()
    {
        var html = new HtmlRenderer().RenderToString(RepresentativeDocument.Letter());

        Snapshot.Verify("representative-letter.html", html);
    }

    [Fact]
    public void Rendering_twice_gives_byte_identical_files()
    {
        var first = Render();
        var second = Render();

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    [InlineData("")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var invariant = RenderUnder(CultureInfo.InvariantCulture);

        var other = RenderUnder(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(invariant, other);
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_unix_line_endings()
    {
        var bytes = Render();

        Assert.Equal((byte)'<', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    private static byte[] Render()
    {
        using var stream = new MemoryStream();
        var result = new HtmlRenderer().Render(RepresentativeDocument.Letter(), stream);
        Assert.Null(result.PageCount);
        return stream.ToArray();
    }

    private static byte[] RenderUnder(CultureInfo culture)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return Render();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
