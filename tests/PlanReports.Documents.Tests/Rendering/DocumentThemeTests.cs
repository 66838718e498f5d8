using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;

namespace PlanReports.Documents.Tests.Rendering;

public sealed class DocumentThemeTests
{
    [Fact]
    public void Text_colour_on_any_background_reaches_AA_contrast()
    {
        var theme = DocumentTheme.Default;
        for (var r = 0; r < 256; r += 15)
        {
            for (var g = 0; g < 256; g += 15)
            {
                for (var b = 0; b < 256; b += 15)
                {
                    var background = new Colour((byte)r, (byte)g, (byte)b);
                    var contrast = theme.TextOn(background).ContrastWith(background);
                    Assert.True(contrast >= DocumentTheme.MinimumTextContrast, $"#{background.ToHex()}: {contrast:0.00}:1");
                }
            }
        }
    }

    [Fact]
    public void Body_text_colour_is_kept_where_it_is_readable_and_white_used_on_dark_fills()
    {
        var theme = DocumentTheme.Default;

        Assert.Equal(theme.Text, theme.TextOn(Colour.FromHex("#FFB81C")));
        Assert.Equal(Colour.White, theme.TextOn(Colour.FromHex("#D5281B")));
        Assert.Equal(Colour.White, theme.TextOn(theme.Accent));
    }

    [Theory]
    [InlineData("https://www.gov.uk", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:planning@example.org", true)]
    [InlineData("#conditions", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("letters/a.pdf", false)]
    [InlineData("//example.org", false)]
    public void Only_web_mail_and_anchor_links_are_allowed(string target, bool allowed) =>
        Assert.Equal(allowed, LinkTargets.IsAllowed(target));
}
