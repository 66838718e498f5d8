using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Documents.Rendering.Tables;

namespace PlanReports.Documents.Tests.Rendering;

public sealed class ColumnWidthsTests
{
    /// <summary>Every character 5 pt wide, bold 6 pt: enough to tell which words and weights were measured.</summary>
    private sealed class FixedMeasure : ITextMeasure
    {
        public double Width(string text, bool bold, double size) => text.TrimEnd().Length * (bold ? 6 : 5);
    }

    [Fact]
    public void A_narrow_column_grows_to_its_longest_word_and_takes_the_width_from_the_others_by_their_share()
    {
        var widths = ColumnWidths.Compute([1, 3, 6], [40, 0, 0], 100);

        Assert.Equal(40, widths[0], 6);
        Assert.Equal(20, widths[1], 6);
        Assert.Equal(40, widths[2], 6);
    }

    [Fact]
    public void Columns_keep_their_relative_widths_when_every_word_fits()
    {
        var widths = ColumnWidths.Compute([1, 1, 2], [10, 10, 10], 200);

        Assert.Equal([50, 50, 100], widths);
    }

    [Fact]
    public void A_column_given_up_width_never_drops_below_its_own_longest_word()
    {
        var widths = ColumnWidths.Compute([1, 1, 8], [30, 25, 20], 100);

        Assert.Equal(100, widths.Sum(), 6);
        Assert.True(widths[0] >= 30 && widths[1] >= 25 && widths[2] >= 20, string.Join(", ", widths));
    }

    [Fact]
    public void When_the_longest_words_do_not_fit_together_columns_share_the_width_in_proportion_to_them()
    {
        var widths = ColumnWidths.Compute([1, 1], [150, 50], 100);

        Assert.Equal([75, 25], widths);
    }

    [Fact]
    public void The_minimum_is_the_longest_word_of_any_cell_with_headers_measured_bold_and_padding_both_sides()
    {
        var table = new Table(
            [new TableColumn(1), new TableColumn(1)],
            [new TableRow([TableCell.Text("Likelihood", CellScope.Column), TableCell.Text("Score", CellScope.Column)])],
            [new TableRowGroup(null, [new TableRow([TableCell.Text("low"), TableCell.Text("re-admission within 91 days")])])]);

        var minimum = ColumnWidths.Minimum(table, new FixedMeasure(), 9.5, 4, 18);

        // "Likelihood" is 10 bold characters; "re-" and "admission" break after the hyphen, so "admission" (9 × 5) is longest.
        Assert.Equal(60 + 8 + 1, minimum[0], 6);
        Assert.Equal(45 + 8 + 1, minimum[1], 6);
    }

    [Fact]
    public void A_no_break_space_joins_words_so_a_status_such_as_in_progress_is_measured_whole()
    {
        Assert.Equal(["In\u00A0progress ", "now"], ColumnWidths.Words("In\u00A0progress now"));
    }

    [Fact]
    public void A_list_in_a_cell_adds_its_indent_to_its_words()
    {
        var list = new ListBlock(false, [new ListItem([new Paragraph([new TextRun("protection")])])]);
        var table = new Table([new TableColumn(1)], [], [new TableRowGroup(null, [new TableRow([new TableCell([list])])])]);

        var minimum = ColumnWidths.Minimum(table, new FixedMeasure(), 9.5, 4, 18);

        Assert.Equal(18 + 50 + 8 + 1, minimum[0], 6);
    }
}
