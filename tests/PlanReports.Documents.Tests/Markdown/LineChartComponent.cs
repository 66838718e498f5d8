using System.Globalization;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary>
/// A test chart component: <c>::: line-chart title=A values=1,2,3</c> builds one line chart of those values with a
/// reference line at <c>standard=</c> (default 2); <c>count=0</c> builds none.
/// </summary>
internal sealed class LineChartComponent : IComponent
{
    public string Name => "line-chart";

    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        if (context.Arguments.TryGetValue("count", out var count) && count == "0")
        {
            return [];
        }

        var values = context.Arguments["values"].Split(',').Select(v => (double?)double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var standard = double.Parse(context.Arguments.GetValueOrDefault("standard", "2"), CultureInfo.InvariantCulture);
        var format = context.Arguments.GetValueOrDefault("format") == "percent" ? ChartValueFormat.Percent : ChartValueFormat.Number;
        return
        [
            new Chart(
                ChartKind.Line,
                context.Arguments["title"],
                $"Line chart of {context.Arguments["title"]}.",
                "Month",
                values.Select((_, i) => $"M{i + 1}").ToList(),
                [new ChartSeries("Planned", values)],
                new ChartAxis("Number", format),
                [new ReferenceLine("Standard", standard)]),
        ];
    }
}
