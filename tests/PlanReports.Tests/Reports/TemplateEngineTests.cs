using PlanReports.Reports;

namespace PlanReports.Tests.Reports;

public sealed class TemplateEngineTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("planreports-templates-").FullName;

    public TemplateEngineTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "_shared"));
        File.WriteAllText(Path.Combine(root, "_shared", "notice.md"), "Notice for {{ name }}\n\nSecond line {{ missing_in_partial }}\n");
        File.WriteAllText(Path.Combine(root, "_shared", "greeting.md"), "Hello {{ name }}.");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private sealed record Model(string Name, decimal Amount, string When, IReadOnlyList<string> Items, string? Missing = null);

    private static readonly Model Sample = new("Q30 *Cluster* | <b>", 1_234_000m, "2012-05-04", ["a", "b"]);

    private string Render(string source)
    {
        var engine = new TemplateEngine(root);
        var parsed = engine.Parse("test-report", "test-report/template.md", source);
        return engine.Render(parsed, Sample, new Dictionary<string, object> { ["illustrative"] = true });
    }

    [Fact]
    public void Filters_format_dates_and_money_in_uk_style()
    {
        Assert.Equal("4 May 2012 · £1,234,000 · £1.2m · 1,234,000.0",
            Render("{{ when | uk_date }} · {{ amount | money }} · {{ amount | money: \"m\" }} · {{ amount | number: 1 }}"));
    }

    [Fact]
    public void Anchor_filter_makes_an_id_that_escaping_leaves_intact()
    {
        // "Q30 *Cluster* | <b>" would be escaped as text; as an anchor it is reduced to a plain slug.
        Assert.Equal("{#pack-q30-cluster-b} (#pack-q30-cluster-b)", Render("{#pack-{{ name | anchor }}} (#pack-{{ name | anchor }})"));
        Assert.Equal("c51-8", Render("{{ \"C51-8\" | anchor }}"));
    }

    [Fact]
    public void An_undefined_variable_names_report_template_and_line()
    {
        var e = Assert.Throws<ReportTemplateException>(() => Render("# Title\n\nDear {{ name }},\n\n{{ nmae }} again\n"));
        Assert.Equal("test-report", e.Report);
        Assert.Equal("test-report/template.md", e.Template);
        Assert.Equal(5, e.Line);
        Assert.Contains("nmae", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_stops_quickly_with_an_error_naming_report_and_template()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // 3,000 × 3,000 iterations, far beyond the limit.
        var e = Assert.Throws<ReportTemplateException>(() =>
            Render("# Title\n\n{% for i in (1..3000) %}{% for j in (1..3000) %}{{ j }} {% endfor %}{% endfor %}\n"));
        clock.Stop();

        Assert.Equal(("test-report", "test-report/template.md"), (e.Report, e.Template));
        Assert.Contains(TemplateEngine.MaxSteps.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " Liquid steps", e.Problem, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopped after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [InlineData("# Title\n\nLine 3\n{% for i in (1..999999999) %}{{ i }}{% endfor %}\n", 4)]
    [InlineData("# Title\n{% assign big = (0..2000000000) %}\n{{ big | size }}\n", 2)]
    [InlineData("# Title\n\n{% for i in (1..amount) %}{% endfor %}\n", 3)]
    [InlineData("# Title\n\n{% include 'huge' %}\n", 2)]
    public void A_range_too_long_to_loop_over_stops_at_once_naming_its_line(string source, int line)
    {
        // Fluid builds a range's whole array before counting a step: without the length check, (1..999999999)
        // allocated gigabytes and ran for minutes. The include case reads a partial with such a range.
        File.WriteAllText(Path.Combine(root, "_shared", "huge.md"), "Partial\n{% for i in (-5..99999999) %}x{% endfor %}\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<ReportTemplateException>(() => Render(source));
        clock.Stop();

        Assert.Equal(line, e.Line);
        Assert.Contains("a template may loop over at most 10,000", e.Problem, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopped after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Short_and_empty_ranges_still_loop_as_in_liquid()
    {
        Assert.Equal("1,2,3|", Render("{% for i in (1..3) %}{{ i }}{% unless forloop.last %},{% endunless %}{% endfor %}|{% for i in (3..1) %}{{ i }}{% endfor %}"));
        Assert.Equal("10000", Render("{% assign r = (1..10000) %}{{ r | size }}"));
    }

    [Fact]
    public void A_member_whose_value_is_missing_is_nil_not_an_error()
    {
        Assert.Equal("not recorded", Render("{% if missing == nil %}not recorded{% else %}{{ missing }}{% endif %}"));
    }

    [Fact]
    public void An_undefined_member_of_a_record_names_its_line()
    {
        var e = Assert.Throws<ReportTemplateException>(() => Render("a\n\n{% for i in items %}{{ i }}{% endfor %}\n{% if nmae == nil %}x{% endif %}"));
        Assert.Equal(4, e.Line);
        Assert.Contains("undefined variable 'nmae'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_filter_names_its_line()
    {
        var e = Assert.Throws<ReportTemplateException>(() => Render("one\ntwo\n{{ when | uk_dat }}\n"));
        Assert.Equal(3, e.Line);
        Assert.Contains("unknown filter 'uk_dat'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_liquid_syntax_error_names_its_line()
    {
        var e = Assert.Throws<ReportTemplateException>(() => Render("one\n\n{% if name %}\nthree\n"));
        Assert.Equal("test-report/template.md", e.Template);
        Assert.True(e.Line >= 3, $"line {e.Line}");
        Assert.Contains("syntax", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_given_the_wrong_input_names_the_filter_and_line()
    {
        var e = Assert.Throws<ReportTemplateException>(() => Render("a\n{{ name | money }}"));
        Assert.Equal(2, e.Line);
        Assert.Contains("money", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_come_from_the_shared_folder()
    {
        Assert.Equal("Hello Q30 \\*Cluster\\* \\| \\<b\\>.", Render("{% include 'greeting' %}"));
    }

    [Fact]
    public void An_undefined_variable_in_a_partial_names_the_partial_and_its_line()
    {
        var e = Assert.Throws<ReportTemplateException>(() => Render("x\n{% include 'notice' %}"));
        Assert.Equal("_shared/notice.md", e.Template);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_missing_partial_names_the_line_that_includes_it()
    {
        var e = Assert.Throws<ReportTemplateException>(() => Render("x\ny\n{% include 'letterheed' %}"));
        Assert.Equal(3, e.Line);
        Assert.Contains("letterheed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_from_data_are_escaped_so_they_read_as_text_not_markdown()
    {
        Assert.Equal("Q30 \\*Cluster\\* \\| \\<b\\>", Render("{{ name }}"));
        Assert.Equal("Q30 *Cluster* | <b>", Render("{{ name | raw }}"));
    }

    [Fact]
    public void A_value_that_looks_like_a_numbered_list_item_is_escaped_but_decimals_are_not()
    {
        Assert.Equal("1\\. Finance", MarkdownTextEncoder.Escape("1. Finance"));
        Assert.Equal("1.25 and 2013 Q1. Done", MarkdownTextEncoder.Escape("1.25 and 2013 Q1. Done"));
    }

    [Fact]
    public void Globals_and_lists_are_readable()
    {
        Assert.Equal("true 2 a,b", Render("{{ illustrative }} {{ items.size }} {{ items | join: \",\" }}"));
    }
}
