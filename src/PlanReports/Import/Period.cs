using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanReports.Import;

/// <summary>
/// A plan period as the trajectory and actual tables write it (data/sample/README.md): <c>YYYY-MM</c> a month,
/// <c>YYYY-Qn</c> a quarter of the financial year that starts in April YYYY (Q1 = April to June), <c>YYYY/YY</c> a
/// financial year. Each covers the days from <see cref="Start"/> to <see cref="End"/>.
/// </summary>
internal sealed partial record Period(string Text, DateOnly Start, DateOnly End)
{
    /// <summary>How a period is written, for error messages.</summary>
    public const string Forms = "YYYY-MM (a month), YYYY-Qn (a quarter of the financial year starting in April YYYY) or YYYY/YY (a financial year)";

    /// <summary>The period <paramref name="text"/> names, or null when it is not written in one of the <see cref="Forms"/>.</summary>
    public static Period? Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is < 1 or > 12 ? null : new Period(text, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));
        }

        var april = new DateOnly(year, 4, 1);
        if (match.Groups["quarter"].Success)
        {
            var start = april.AddMonths(3 * (match.Groups["quarter"].Value[0] - '1'));
            return new Period(text, start, start.AddMonths(3).AddDays(-1));
        }

        var next = int.Parse(match.Groups["next"].Value, CultureInfo.InvariantCulture);
        return next != (year + 1) % 100 ? null : new Period(text, april, april.AddYears(1).AddDays(-1));
    }

    /// <summary>True when the whole period lies between <paramref name="from"/> and <paramref name="to"/>, both days included.</summary>
    public bool Within(DateOnly from, DateOnly to) => Start >= from && End <= to;

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{2})|-Q(?<quarter>[1-4])|/(?<next>\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
