using PlanReports.Pdf.Layout;

namespace PlanReports.Tests.Families.Layout;

/// <summary>
/// No word in a table is broken across lines in the PDF: every line of a cell that another line of the same cell
/// follows must end where the line breaker may break (after a space or a hyphen). Read from the laid-out pages, so
/// it is the layout engine's own column widths and line breaks that are checked.
/// </summary>
public sealed class TableWordBreakTests
{
    [Theory]
    [MemberData(nameof(FamilyLayouts.Families), MemberType = typeof(FamilyLayouts))]
    public void No_table_cell_word_is_broken_across_lines(string report, string organisation)
    {
        var (_, pages) = FamilyLayouts.LayOut(FamilyLayouts.Document(report, organisation));
        var broken = new List<string>();
        foreach (var page in pages)
        {
            // A cell's lines: its text ops grouped by baseline (a line of mixed emphasis is several ops), top to bottom.
            var cells = page.Ops
                .Where(o => o.Op is TextOp && o.Node is { Type: "TH" or "TD" })
                .GroupBy(o => o.Node!)
                .ToList();
            foreach (var cell in cells)
            {
                var lines = cell
                    .GroupBy(o => Math.Round(((TextOp)o.Op).Baseline, 2))
                    .OrderBy(g => g.Key)
                    .Select(g => string.Concat(g.OrderBy(o => ((TextOp)o.Op).X).Select(o => FamilyLayouts.Text((TextOp)o.Op))))
                    .ToList();
                for (var i = 0; i + 1 < lines.Count; i++)
                {
                    var line = lines[i];
                    if (line.Length > 0 && !char.IsWhiteSpace(line[^1]) && line[^1] is not ('-' or '\u2010'))
                    {
                        broken.Add($"{cell.Key.Type} on page {page.Index + 1}: \"{line}\" / \"{lines[i + 1]}\"");
                    }
                }
            }
        }

        Assert.True(broken.Count == 0, $"{report} {organisation}: words broken across lines in table cells:\n" + string.Join("\n", broken));
    }
}
