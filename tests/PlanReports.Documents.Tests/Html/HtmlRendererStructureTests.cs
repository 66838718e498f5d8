using AngleSharp.Dom;
using PlanReports.Documents.Html;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Testing.Documents;

namespace PlanReports.Documents.Tests.Html;

/// <summary>Checks the rendered representative letter as a browser and a screen reader would see it.</summary>
public sealed class HtmlRendererStructureTests
{
    private static readonly IDocument Dom = HtmlStructure.Parse(new HtmlRenderer().RenderToString(RepresentativeDocument.Letter()));

    [Fact]
    public void Document_declares_html5_utf8_and_british_english()
    {
        Assert.Equal("html", Dom.Doctype?.Name);
        Assert.Equal("en-GB", Dom.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", Dom.QuerySelector("meta[charset]")?.GetAttribute("charset"));
    }

    [Fact]
    public void Head_carries_title_author_subject_date_and_reference_from_the_metadata()
    {
        Assert.Equal("Plan sign-off: Example SHA Cluster", Dom.Title);
        Assert.Equal("Department of Health", Meta("author"));
        Assert.Equal("Outcome of the 2012/13 plan sign-off meeting", Meta("description"));
        Assert.Equal("2012-05-04", Meta("dcterms.date"));
        Assert.Equal("Gateway reference 00000 (illustrative)", Meta("dcterms.identifier"));
    }

    [Fact]
    public void Headings_start_at_level_one_and_never_skip_a_level()
    {
        var levels = HtmlStructure.HeadingLevels(Dom);

        Assert.Equal([1, 2, 2, 2, 3, 2], levels);
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i + 1} jumps from h{levels[i - 1]} to h{levels[i]}");
        }
    }

    [Fact]
    public void Every_table_has_a_caption_and_every_header_cell_a_scope()
    {
        var tables = Dom.QuerySelectorAll("table");

        Assert.Equal(2, tables.Length);
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
        Assert.All(Dom.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row", "rowgroup" }));
        Assert.All(Dom.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["Activity and finance", "Trajectories", "QIPP milestones", "Transition plans", "Quality", "Finance"],
            Dom.QuerySelectorAll("th[scope=row]").Select(th => th.TextContent));
    }

    [Fact]
    public void Row_groups_are_tbody_elements_headed_by_their_label()
    {
        var groups = Dom.QuerySelectorAll("table")[0].QuerySelectorAll("tbody");

        Assert.Equal(["Assured", "Not yet assured"], groups.Select(g => g.QuerySelector("tr.group th[scope=rowgroup]")!.TextContent));
        Assert.All(groups, g => Assert.Equal("3", g.QuerySelector("tr.group th")!.GetAttribute("colspan")));
    }

    [Fact]
    public void Every_image_and_chart_has_an_accessible_name_and_the_figure_a_caption()
    {
        var graphics = Dom.QuerySelectorAll("img, svg");

        Assert.NotEmpty(graphics);
        Assert.All(graphics, g => Assert.False(string.IsNullOrWhiteSpace(g.GetAttribute("aria-label") ?? g.GetAttribute("alt"))));
        Assert.All(Dom.QuerySelectorAll("svg"), svg => Assert.Equal("img", svg.GetAttribute("role")));
        Assert.Equal("Figure 1: Referral to treatment within 18 weeks (admitted), 2012/13", Dom.QuerySelector("figure > figcaption")?.TextContent);
    }

    [Fact]
    public void Every_badge_shows_its_text_with_at_least_AA_contrast()
    {
        var badges = Dom.QuerySelectorAll("span.badge");

        Assert.Equal(["Amber", "Green", "Green", "Amber", "Red"], badges.Select(b => b.TextContent));
        Assert.All(badges, b =>
        {
            var (background, foreground) = HtmlStructure.ColoursOf(b);
            Assert.True(foreground.ContrastWith(background) >= DocumentTheme.MinimumTextContrast, $"{b.TextContent}: {foreground.ContrastWith(background):0.00}:1");
        });
    }

    [Fact]
    public void Every_shaded_cell_gets_a_text_colour_with_at_least_AA_contrast()
    {
        var shaded = Dom.QuerySelectorAll("td[style], th[style]");

        Assert.Equal(2, shaded.Length);
        Assert.All(shaded, c =>
        {
            var (background, foreground) = HtmlStructure.ColoursOf(c);
            Assert.True(foreground.ContrastWith(background) >= DocumentTheme.MinimumTextContrast);
        });
    }

    [Fact]
    public void Letterhead_comes_before_the_main_content_and_running_content_is_header_and_footer()
    {
        var body = Dom.Body!.Children.Select(e => e.LocalName + (string.IsNullOrEmpty(e.ClassName) ? string.Empty : "." + e.ClassName));

        Assert.Equal(["header.running-header", "div.letterhead", "main", "footer.running-footer"], body);
    }

    [Fact]
    public void Page_numbers_are_left_to_print_counters_and_never_written_as_numbers()
    {
        var pagedLine = Dom.QuerySelector("footer .running-line.paged")!;
        var css = Dom.QuerySelector("style")!.TextContent;

        Assert.Equal("Page  of ", pagedLine.TextContent);
        Assert.Contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);", css, StringComparison.Ordinal);
        Assert.Contains(".running-line.paged { display: none; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Stylesheet_takes_its_values_from_the_theme_and_page_setup()
    {
        var theme = DocumentTheme.Default;
        var css = Dom.QuerySelector("style")!.TextContent;

        Assert.Contains($"font-family: \"{theme.FontFamily}\"", css, StringComparison.Ordinal);
        Assert.Contains($"color: #{theme.Accent.ToHex()}", css, StringComparison.Ordinal);
        Assert.Contains("size: 595.28pt 841.89pt;", css, StringComparison.Ordinal);
        Assert.Contains("margin: 72pt 56.7pt 72pt 56.7pt;", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_together_and_new_page_sections_carry_their_break_rules()
    {
        var css = Dom.QuerySelector("style")!.TextContent;

        Assert.NotNull(Dom.QuerySelector("div.keep-together > table"));
        Assert.NotNull(Dom.QuerySelector("section.new-page > h2"));
        Assert.Contains(".keep-together, tr.keep { break-inside: avoid; }", css, StringComparison.Ordinal);
        Assert.Contains("section.new-page { break-before: page; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nest_and_ordered_lists_keep_their_start()
    {
        var html = new HtmlRenderer().RenderToString(new PlanReports.Documents.Model.Document(
            RepresentativeDocument.Letter().Metadata,
            PageSetup.A4Portrait,
            [new ListBlock(true, [new ListItem([new Paragraph([new TextRun("three")])])], Start: 3)]));

        Assert.Equal("3", HtmlStructure.Parse(html).QuerySelector("ol")?.GetAttribute("start"));
        Assert.NotNull(Dom.QuerySelector("ol > li > ul > li"));
    }

    private static string? Meta(string name) => Dom.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
}
