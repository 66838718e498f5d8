using System.Text;
using PlanReports.Import;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// The checks an import makes beyond the schema: period columns against the planning round, bytes that are not
/// UTF-8, and fields too long to be real. Each names file, line, column and rule, and the store stays as it was.
/// </summary>
public sealed class ImportLimitsTests : IDisposable
{
    private const string Indicator = "code,name,indicator_group,unit,polarity,frequency,data_source\nQUAL-01,Incidence of MRSA,Quality,count,lower-is-better,monthly,Unify\n";

    private readonly TemporaryStore temp = ImportFixture.StoreWithBase();

    public ImportLimitsTests() => new PlanImporter(temp.Store).Import([temp.Write("ref/indicator.csv", Indicator)]);

    public void Dispose() => temp.Dispose();

    private ImportError Rejected(string file, byte[] content)
    {
        var path = Path.Combine(temp.Folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        var before = temp.Dump();

        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import([path]));

        Assert.Equal(before, temp.Dump());
        return Assert.Single(rejected.Errors);
    }

    private ImportError Rejected(string file, string content) => Rejected(file, Encoding.UTF8.GetBytes(content));

    [Theory]
    [InlineData("2013-04", "'2013-04' (2013-04-01 to 2013-04-30) is outside round 2012-13 (2012-04-01 to 2013-03-31)")]
    [InlineData("2011/12", "'2011/12' (2011-04-01 to 2012-03-31) is outside round 2012-13 (2012-04-01 to 2013-03-31)")]
    [InlineData("2012-Q4", null)]
    [InlineData("2012/13", null)]
    [InlineData("2013-03", null)]
    public void A_trajectory_period_must_lie_within_its_submissions_round(string period, string? message)
    {
        var csv = $"submission_code,organisation_code,indicator_code,period,planned_value\n2012-13-apr,5QA,QUAL-01,2012-04,10\n2012-13-apr,5QA,QUAL-01,{period},11\n";
        if (message is null)
        {
            new PlanImporter(temp.Store).Import([temp.Write("plan/trajectory.csv", csv)]);
            Assert.Equal(2, temp.Count("trajectory"));
            return;
        }

        var error = Rejected("plan/trajectory.csv", csv);

        Assert.Equal((3, "period", "period-in-round", message), (error.Line, error.Column, error.Rule, error.Message));
    }

    [Theory]
    [InlineData("2012-13", "'2012-13' is not a period")]
    [InlineData("2012-Q5", "'2012-Q5' is not a period")]
    [InlineData("2012/14", "'2012/14' is not a period")]
    [InlineData("April 2012", "'April 2012' is not a period")]
    public void An_actual_period_must_be_written_as_a_month_quarter_or_financial_year(string period, string message)
    {
        var error = Rejected("plan/actual.csv", $"organisation_code,indicator_code,period,value\n5QA,QUAL-01,{period},3\n");

        Assert.Equal((2, "period", "period-format"), (error.Line, error.Column, error.Rule));
        Assert.StartsWith(message + "; write YYYY-MM (a month)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actual_outside_every_integrated_plan_round_is_rejected()
    {
        var error = Rejected("plan/actual.csv", "organisation_code,indicator_code,period,value\n5QA,QUAL-01,2012-05,3\n5QA,QUAL-01,2014-05,3\n");

        Assert.Equal((3, "period-in-round"), (error.Line, error.Rule));
        Assert.Contains("is outside round 2012-13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line_and_byte_offset()
    {
        var head = Encoding.UTF8.GetBytes("organisation_code,indicator_code,period,value\n5QA,QUAL-01,2012-05,3\n5QA,QUAL-01,2012-06,");
        byte[] content = [.. head, 0xE9, (byte)'4', (byte)'\n'];

        var error = Rejected("plan/actual.csv", content);

        var lineStart = head.Length - "5QA,QUAL-01,2012-06,".Length;
        Assert.Equal((3, null, "not-utf8"), (error.Line, error.Column, error.Rule));
        Assert.Equal($"byte 0xE9 at byte offset {head.Length} of the file (byte {head.Length - lineStart + 1} of the line) is not valid UTF-8; save the file as UTF-8", error.Message);
    }

    [Fact]
    public void A_field_over_the_length_limit_stops_the_file_naming_line_and_column()
    {
        var name = new string('x', CsvParser.MaxFieldLength + 1);

        var error = Rejected("plan/organisation.csv", $"code,name,type,parent_code,valid_from\n5QC,Kent PCT,pct,5QA,2002-10-01\n5QD,{name},pct,5QA,2002-10-01\n");

        Assert.Equal((3, "name", "field-length"), (error.Line, error.Column, error.Rule));
        Assert.StartsWith("a field longer than 32,767 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(new string('y', CsvParser.MaxFieldLength), CsvParser.Parse("f.csv", "a\n" + new string('y', CsvParser.MaxFieldLength) + "\n", [])[1].Fields[0]);
    }

    [Fact]
    public void A_50_MB_quoted_field_is_refused_without_reading_it_all_into_a_record()
    {
        var errors = new List<ImportError>();
        var text = "code,name\nQ1,\"" + new string('n', 50 * 1024 * 1024) + "\"\n";

        var records = CsvParser.Parse("organisation.csv", text, errors);

        Assert.Single(records);
        var error = Assert.Single(errors);
        Assert.Equal("organisation.csv:2: column 'name': field-length: a field longer than 32,767 characters (the most an Excel cell holds); shorten it or split it across rows", error.ToString());
    }
}
