using PlanReports.Import;

namespace PlanReports.Tests.Import;

public sealed class CsvParserTests
{
    [Fact]
    public void Records_keep_the_line_they_start_on_across_quoted_line_breaks()
    {
        var errors = new List<ImportError>();

        var records = CsvParser.Parse("f.csv", "\uFEFFa,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n\r\nlast,\n", errors);

        Assert.Empty(errors);
        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["x\r\ny", "say \"hi\""], records[1].Fields);
        Assert.Equal(["last", string.Empty], records[2].Fields);
    }

    [Fact]
    public void A_final_record_without_a_line_break_is_kept()
    {
        var records = CsvParser.Parse("f.csv", "a\n1", []);

        Assert.Equal(["1"], records[1].Fields);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error_at_its_line()
    {
        var errors = new List<ImportError>();

        CsvParser.Parse("f.csv", "a,b\n1,2\n3,4\"\n", errors);

        var error = Assert.Single(errors);
        Assert.Equal(("malformed-quote", 3), (error.Rule, error.Line));
    }
}
