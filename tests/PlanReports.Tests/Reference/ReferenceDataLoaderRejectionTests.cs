using PlanReports.Reference;

namespace PlanReports.Tests.Reference;

/// <summary>Bad reference files are rejected with the file, the line and column, and the rule broken.</summary>
public sealed class ReferenceDataLoaderRejectionTests : IDisposable
{
    private readonly ReferenceDirectoryCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void The_committed_reference_data_loads()
    {
        var data = ReferenceDataLoader.Load(copy.Path);
        Assert.Equal(13, data.AssuranceDomains.Count);
    }

    [Fact]
    public void Malformed_yaml_names_the_file_and_the_line_of_the_syntax_error()
    {
        copy.Write(
            "workforce-lines-of-enquiry.yaml",
            "lines_of_enquiry:",
            "  - number: 1",
            "    text: \"an unclosed quote",
            "  - number: 2");

        var error = Reject();

        AssertLocated(error, "workforce-lines-of-enquiry.yaml", line: 3);
        Assert.Contains("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_indicator_code_names_both_lines()
    {
        copy.Write("indicators.yaml", IndicatorsFile(second: ["  - code: QUAL-01", .. IndicatorBody("B")]));

        var error = Reject();

        AssertLocated(error, "indicators.yaml", line: 13, column: 5);
        Assert.Contains("duplicate indicator code 'QUAL-01': it is already defined at line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_names_the_field_and_the_entry()
    {
        copy.Write("indicators.yaml", IndicatorsFile(second: ["  - code: QUAL-02", .. IndicatorBody("B").Where(line => !line.Contains("name:", StringComparison.Ordinal))]));

        var error = Reject();

        AssertLocated(error, "indicators.yaml", line: 13, column: 5);
        Assert.Contains("indicator is missing the required field 'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_value_names_the_value_and_lists_the_allowed_ones()
    {
        copy.Write("indicators.yaml", IndicatorsFile(second: ["  - code: QUAL-02", .. IndicatorBody("B").Select(line => line.Replace("lower-is-better", "sideways", StringComparison.Ordinal))]));

        var error = Reject();

        AssertLocated(error, "indicators.yaml", line: 19, column: 15);
        Assert.Contains("field 'polarity' of indicator has the unknown value 'sideways' (allowed: higher-is-better, lower-is-better, neutral)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_rejected_rather_than_ignored()
    {
        copy.Write("indicators.yaml", IndicatorsFile(second: ["  - code: QUAL-02", .. IndicatorBody("B"), "    data_sourse: \"Unify\""]));

        var error = Reject();

        AssertLocated(error, "indicators.yaml", line: 21, column: 5);
        Assert.Contains("unknown field 'data_sourse' in indicator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_repeated_inside_one_mapping_is_rejected_with_its_line()
    {
        copy.Write(
            "workforce-lines-of-enquiry.yaml",
            "lines_of_enquiry:",
            "  - number: 1",
            "    text: \"first\"",
            "    text: \"second\"");

        var error = Reject();

        AssertLocated(error, "workforce-lines-of-enquiry.yaml", line: 4, column: 5);
        Assert.Contains("malformed YAML: the key 'text' appears twice in the same mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_number_in_a_numbered_list_is_rejected()
    {
        copy.Write(
            "workforce-lines-of-enquiry.yaml",
            "lines_of_enquiry:",
            "  - number: 1",
            "    text: \"first\"",
            "  - number: 1",
            "    text: \"second\"");

        var error = Reject();

        AssertLocated(error, "workforce-lines-of-enquiry.yaml", line: 4, column: 5);
        Assert.Contains("duplicate line of enquiry number '1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_group_for_a_domain_no_file_defines_is_rejected()
    {
        copy.Write(
            "assurance-questions.yaml",
            "groups:",
            "  - domain: estates",
            "    heading: \"Estates\"",
            "    questions:",
            "      - number: 1",
            "        text: \"Is there a plan?\"");

        var error = Reject();

        AssertLocated(error, "assurance-questions.yaml", line: 2, column: 5);
        Assert.Contains("names the domain 'estates', which assurance-domains.yaml does not define", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payment_tranche_naming_an_undefined_metric_is_rejected()
    {
        var path = copy.FileOf("bcf-payment-for-performance.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("[local, delayed-transfers, avoidable-emergency-admissions]", "[local, delayed-transfer]", StringComparison.Ordinal));

        var error = Reject();

        Assert.EndsWith("bcf-payment-for-performance.yaml", error.FilePath, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.Contains("names the metric 'delayed-transfer', which bcf-metrics.yaml does not define", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_due_phrase_that_is_not_part_of_the_expectation_text_is_rejected()
    {
        copy.Write(
            "milestone-expectations.yaml",
            "blocks:",
            "  - category: public-health",
            "    quarter: \"Q1 12/13\"",
            "    audience: pct-clusters",
            "    heading: \"PCT CLUSTERS WILL NEED TO (working with Local Authorities)\"",
            "    themes:",
            "      - expectations:",
            "          - code: A2-PH-003",
            "            text: \"Agree approach to the development and delivery of the local public health vision by June 2012\"",
            "            due: \"by July 2012\"");

        var error = Reject();

        AssertLocated(error, "milestone-expectations.yaml", line: 8, column: 13);
        Assert.Contains("due 'by July 2012' must be a phrase taken from the expectation's own text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_label_unlike_the_seeds_is_rejected()
    {
        var path = copy.FileOf("milestone-expectations.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("quarter: \"Q2 12/13\"", "quarter: \"Q5 12/13\"", StringComparison.Ordinal));

        var error = Reject();

        Assert.Contains("quarter 'Q5 12/13' must read like the seed's labels", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_date_not_written_as_iso_is_rejected_with_its_position()
    {
        var path = copy.FileOf("planning-round-2012-13.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, line => line.Contains("start: 2012-01-27", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("2012-01-27", "27/01/2012", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = Reject();

        AssertLocated(error, "planning-round-2012-13.yaml", line: index + 1, column: 12);
        Assert.Contains("field 'start' of timetable entry must be a date written yyyy-mm-dd, not '27/01/2012'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_example_not_quoted_from_the_rule_is_rejected()
    {
        var path = copy.FileOf("planning-rules-2012-13.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("- \"Quarterly review completed\"", "- \"Monthly review completed\"", StringComparison.Ordinal));

        var error = Reject();

        Assert.EndsWith("planning-rules-2012-13.yaml", error.FilePath, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.Contains("example 'Monthly review completed' must be quoted from the rule's own words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_file_in_the_reference_directory_is_rejected_by_name()
    {
        copy.Write("indicator.yaml", "indicators: []");

        var error = Reject();

        Assert.EndsWith("indicator.yaml", error.FilePath, StringComparison.Ordinal);
        Assert.Null(error.Line);
        Assert.Contains("is not a reference data file this loader knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_reference_file_is_rejected_by_name()
    {
        copy.Delete("key-issues.yaml");

        var error = Reject();

        Assert.EndsWith("key-issues.yaml", error.FilePath, StringComparison.Ordinal);
        Assert.Contains("required reference data file is missing", error.Message, StringComparison.Ordinal);
    }

    private static string[] IndicatorsFile(string[] second) =>
    [
        "outcomes_framework_domains:",
        "  - number: 1",
        "    name: \"Preventing people from dying prematurely\"",
        "indicators:",
        "  - code: QUAL-01",
        .. IndicatorBody("A"),
        .. second,
    ];

    private static string[] IndicatorBody(string name) =>
    [
        $"    name: \"{name}\"",
        "    group: quality",
        "    outcomes_framework_domain: 1",
        "    public_health: false",
        "    unit: count",
        "    polarity: lower-is-better",
        "    frequency: monthly",
    ];

    private ReferenceDataException Reject() => Assert.Throws<ReferenceDataException>(() => ReferenceDataLoader.Load(copy.Path));

    private static void AssertLocated(ReferenceDataException error, string fileName, int line, int? column = null)
    {
        Assert.EndsWith(fileName, error.FilePath, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        if (column is not null)
        {
            Assert.Equal(column, error.Column);
        }

        var location = column is null ? $"{fileName}:{line}:" : $"{fileName}:{line}:{column}: ";
        Assert.Contains(location, error.Message, StringComparison.Ordinal);
    }
}
