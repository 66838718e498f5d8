using PlanReports.Sample;

namespace PlanReports.Tests.Sample;

public sealed class SampleTableTests
{
    [Fact]
    public void Cells_are_quoted_as_rfc_4180_requires_and_null_is_an_empty_cell()
    {
        var table = new SampleTable("organisation", ["code", "name", "address", "valid_to"], 1);
        table.Add("C39", "Kent and Medway PCT Cluster", "Kingsway House\n1 High Street, \"Maidstone\"", null);

        Assert.Equal("code,name,address,valid_to\nC39,Kent and Medway PCT Cluster,\"Kingsway House\n1 High Street, \"\"Maidstone\"\"\",\n", table.ToCsv());
    }

    [Fact]
    public void Rows_are_sorted_by_key_with_whole_numbers_in_numeric_order()
    {
        var table = new SampleTable("bcf_scheme", ["hwb_code", "position", "name"], 2);
        table.Add("HWB002", 1, "b");
        table.Add("HWB001", 10, "c");
        table.Add("HWB001", 2, "a");

        Assert.Equal("hwb_code,position,name\nHWB001,2,a\nHWB001,10,c\nHWB002,1,b\n", table.ToCsv());
    }

    [Fact]
    public void Numbers_and_dates_are_written_the_same_way_on_every_machine()
    {
        var table = new SampleTable("t", ["a", "b", "c", "d"], 1);
        table.Add(new DateOnly(2012, 4, 5), 1234.5678, -0.0001, 1_500_000.0);

        Assert.Equal("a,b,c,d\n2012-04-05,1234.568,0,1500000\n", table.ToCsv());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_names_the_table()
    {
        var table = new SampleTable("decision", ["id", "kind"], 1);

        var error = Assert.Throws<ArgumentException>(() => table.Add("DH-Y54"));
        Assert.Contains("decision", error.Message, StringComparison.Ordinal);
    }
}
