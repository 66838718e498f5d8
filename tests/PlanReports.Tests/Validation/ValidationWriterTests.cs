using System.Globalization;
using System.Text;
using System.Text.Json;
using PlanReports.Validation;

namespace PlanReports.Tests.Validation;

public sealed class ValidationWriterTests
{
    [Fact]
    public void Text_groups_findings_by_organisation_with_counts_then_counts_per_rule()
    {
        using var fixture = Broken();

        var text = Text(fixture.Validate());

        var lines = text.Split('\n');
        Assert.Equal("Validation: 2 error(s), 1 warning(s) in 2 organisation(s); 15 rules checked.", lines[0]);
        var cluster = Array.IndexOf(lines, "5QA NHS Kent and Medway (pct-cluster): 1 error(s), 1 warning(s)");
        Assert.True(cluster > 0, text);
        Assert.Equal("  error   domains-rated [2012-13-apr]: 1 of 2 domains not RAG rated: QIPP", lines[cluster + 1]);
        Assert.StartsWith("  warning everyday-milestone [2012-13-apr]: milestone M3 'Monthly meeting held'", lines[cluster + 2], StringComparison.Ordinal);
        Assert.Contains("5QD Medway PCT (pct): 1 error(s), 0 warning(s)", lines);
        Assert.True(cluster < Array.IndexOf(lines, "5QD Medway PCT (pct): 1 error(s), 0 warning(s)"), "organisations are in code order");
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  domains-rated +1$"));
    }

    [Fact]
    public void Json_is_sorted_stable_and_complete()
    {
        using var fixture = Broken();

        var first = Json(fixture.Validate());
        var second = Json(fixture.Validate());

        Assert.Equal(first, second);
        using var document = JsonDocument.Parse(first);
        var root = document.RootElement;
        Assert.Equal((2, 1), (root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        var organisations = root.GetProperty("organisations").EnumerateArray().ToList();
        Assert.Equal(["5QA", "5QD"], organisations.Select(o => o.GetProperty("code").GetString()));
        var findings = organisations[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["error", "warning"], findings.Select(f => f.GetProperty("severity").GetString()));
        Assert.Equal("domains-rated", findings[0].GetProperty("rule").GetString());
        Assert.Equal("2012-13-apr", findings[0].GetProperty("submission").GetString());
        Assert.Equal(15, root.GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Json_writes_warnings_and_text_as_written_without_escaping_pound_signs()
    {
        using var document = JsonDocument.Parse(Json(WithSavingsGap()));
        var finding = document.RootElement.GetProperty("organisations")[0].GetProperty("findings")[0];

        Assert.Equal(("qipp-savings-share", "warning"), (finding.GetProperty("rule").GetString(), finding.GetProperty("severity").GetString()));
        Assert.StartsWith("key programmes' 2012/13 savings of £5k are 5.0%", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("£5k", Json(WithSavingsGap()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        using var fixture = Broken();
        fixture.Execute("UPDATE qipp_programme SET savings_2012_13_k = 1234.4");
        fixture.Execute("UPDATE planned_savings SET amount_k = 123456");
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Text(fixture.Validate()) + Json(fixture.Validate()));

        var other = WithCulture(CultureInfo.GetCultureInfo(culture), () => Text(fixture.Validate()) + Json(fixture.Validate()));

        Assert.Equal(invariant, other);
        Assert.Contains("savings of £6,172k are 5.0% of planned savings of £123,456k", other, StringComparison.Ordinal);
    }

    private static ValidationFixture Broken()
    {
        var fixture = new ValidationFixture();
        fixture.Execute(
            """
            DELETE FROM domain_rating WHERE submission_code = '2012-13-apr' AND domain_code = 'qipp';
            DELETE FROM trajectory WHERE submission_code = '2012-13-apr' AND organisation_code = '5QD' AND indicator_code = 'QUAL-11';
            UPDATE milestone SET title = 'Monthly meeting held' WHERE code = 'M3';
            """);
        return fixture;
    }

    private static ValidationReport WithSavingsGap()
    {
        using var fixture = new ValidationFixture();
        fixture.Execute("UPDATE qipp_programme SET savings_2012_13_k = 1");
        return fixture.Validate();
    }

    private static string Text(ValidationReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        ValidationTextWriter.Write(report, writer);
        return writer.ToString();
    }

    private static string Json(ValidationReport report)
    {
        using var stream = new MemoryStream();
        ValidationJsonWriter.Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
