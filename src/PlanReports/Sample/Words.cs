using System.Globalization;

namespace PlanReports.Sample;

/// <summary>Numbers as prose writes them: words to ten, figures above.</summary>
internal static class Words
{
    private static readonly IReadOnlyList<string> Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static string Number(int n) => n >= 0 && n < Small.Count ? Small[n] : n.ToString(CultureInfo.InvariantCulture);
}
