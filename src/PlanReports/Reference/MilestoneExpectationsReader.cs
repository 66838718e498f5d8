using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanReports.Reference;

/// <summary>
/// Reads <c>milestone-expectations.yaml</c>. The file keeps Annex 2's layout (blocks of one category, quarter
/// and audience, with themed lists of expectations); the reader flattens it into one expectation per item.
/// </summary>
internal static partial class MilestoneExpectationsReader
{
    public static IReadOnlyList<MilestoneExpectation> Read(YamlMap root)
    {
        var codes = new UniqueKeys("milestone expectation code");
        var blocks = root.RequiredList("blocks", "Annex 2 block", block =>
        {
            var category = block.RequiredEnum<MilestoneCategory>("category");
            var quarter = ParseQuarter(block, block.RequiredString("quarter"));
            var audience = block.RequiredEnum<MilestoneAudience>("audience");
            var heading = block.RequiredString("heading");
            var themes = block.RequiredList("themes", "themed list", themed =>
            {
                var theme = themed.OptionalString("theme");
                return themed.RequiredList("expectations", "expectation", item =>
                {
                    var code = item.RequiredString("code");
                    codes.Add(code, item);
                    var text = item.RequiredString("text");
                    var due = item.OptionalString("due");
                    return new MilestoneExpectation(code, category, quarter, audience, heading, theme, text, due, DueDate(item, text, due));
                });
            });
            return themes.SelectMany(list => list).ToList();
        });
        return blocks.SelectMany(list => list).ToList();
    }

    /// <summary>
    /// The deadline phrase must be a part of the text, so it cannot drift from the seed; where it ends in a month
    /// and year ("by end March 2012"), the due date is that month's last day.
    /// </summary>
    private static DateOnly? DueDate(YamlMap item, string text, string? due)
    {
        if (due is null)
        {
            return null;
        }

        if (!text.Contains(due, StringComparison.Ordinal))
        {
            throw item.Error($"due '{due}' must be a phrase taken from the expectation's own text");
        }

        var match = MonthAndYear().Match(due);
        if (!match.Success)
        {
            return null;
        }

        var month = DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static MilestoneQuarter ParseQuarter(YamlMap block, string label)
    {
        var match = QuarterLabel().Match(label);
        if (!match.Success)
        {
            throw block.Error($"quarter '{label}' must read like the seed's labels: 'Q4 11/12' or 'In 12/13'");
        }

        var startYear = 2000 + int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        var endYear = 2000 + int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
        if (endYear != startYear + 1)
        {
            throw block.Error($"quarter '{label}' names a financial year that does not run over two consecutive years");
        }

        int? quarter = match.Groups["q"].Success ? int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture) : null;
        return new MilestoneQuarter(label, startYear, quarter);
    }

    [GeneratedRegex(@"(?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>20\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAndYear();

    [GeneratedRegex(@"^(?:Q(?<q>[1-4])|In) (?<from>\d\d)/(?<to>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterLabel();
}
