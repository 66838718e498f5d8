using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// Planned values per PCT × indicator × national standard × period for both submissions (seed 000 §3), and
/// actuals for the first half of 2012/13: each standard of an indicator is planned on its own (Category A's
/// eight-minute and 19-minute parts, the admitted, non-admitted and incomplete-pathway waits and the diagnostic
/// wait), an indicator without a standard once, as position 1. About a third of trajectories are revised between
/// January and April.
/// </summary>
internal static class TrajectoryWriter
{
    /// <summary>Writes the trajectories and returns those planned below a national standard, for the narrative to report.</summary>
    public static IReadOnlyList<TrajectoryShortfall> Write(SampleContext context)
    {
        var indicators = context.Reference.Indicators.Where(i => i.PlannedPerPct).ToList();
        var shortfalls = new List<TrajectoryShortfall>();
        foreach (var pct in context.England.PctClusters.SelectMany(c => c.Pcts))
        {
            foreach (var indicator in indicators)
            {
                foreach (var measure in indicator.Measures)
                {
                    WriteOne(context, pct, indicator, measure, shortfalls);
                }
            }
        }
        return shortfalls;
    }

    private static void WriteOne(SampleContext context, SampleOrganisation pct, SampleIndicator indicator, SampleStandard measure, List<TrajectoryShortfall> shortfalls)
    {
        // The first measure keeps the stream the indicator's one trajectory had, so its values did not move when
        // the other standards gained plans of their own.
        var random = measure.Position == 1
            ? context.Random("trajectory", pct.Code, indicator.Code)
            : context.Random("trajectory", pct.Code, indicator.Code, measure.Position.ToString(CultureInfo.InvariantCulture));
        var periods = Periods(indicator.Frequency);
        var level = IndicatorModel.Level(indicator, measure, pct.PopulationThousands, random);
        var january = periods.Select((_, i) => IndicatorModel.Planned(indicator, measure, level, i, periods.Count, random)).ToList();
        var revised = random.Chance(0.3);
        var april = january.Select(v => revised ? Revise(indicator, measure, v, random) : v).ToList();
        var planted = pct.Code == context.Gaps.MissingTrajectoryPct.Code && indicator.Code == context.Gaps.MissingTrajectoryIndicator.Code;

        for (var i = 0; i < periods.Count; i++)
        {
            context.Tables.Trajectory.Add(Submissions.January, pct.Code, indicator.Code, measure.Position, periods[i], january[i]);
            if (!planted)
            {
                context.Tables.Trajectory.Add(Submissions.April, pct.Code, indicator.Code, measure.Position, periods[i], april[i]);
            }
        }

        var belowJanuary = january.Count(measure.Misses);
        var belowApril = april.Count(measure.Misses);
        if (belowJanuary > 0)
        {
            shortfalls.Add(new TrajectoryShortfall(Submissions.January, pct, indicator.Label(measure), belowJanuary, periods.Count));
        }
        if (belowApril > 0 && !planted)
        {
            shortfalls.Add(new TrajectoryShortfall(Submissions.April, pct, indicator.Label(measure), belowApril, periods.Count));
        }

        // Actuals for the periods reported by the end of September 2012.
        var reported = indicator.Frequency switch { "monthly" => 6, "quarterly" => 2, _ => 0 };
        for (var i = 0; i < reported; i++)
        {
            var actual = indicator.Unit != "percentage" ? april[i] * (1 + random.Between(-0.04, 0.04))
                : measure.LessThan ? Math.Max(0, april[i] + random.Between(-0.2, 0.3))
                : Math.Clamp(april[i] + random.Between(-1.2, 0.8), 0, 100);
            context.Tables.Actual.Add(pct.Code, indicator.Code, measure.Position, periods[i], IndicatorModel.Round(indicator, actual));
        }
    }

    // A revised percentage stays within 0 to 100: a plan of 0% revised down must not become -0.2%. A share that
    // must stay under its standard is revised by hundredths of a point, mostly down.
    private static double Revise(SampleIndicator indicator, SampleStandard measure, double value, SampleRandom random) => IndicatorModel.Round(indicator,
        measure.LessThan ? Math.Max(0, value + random.Between(-0.2, 0.05))
        : indicator.Unit is "percentage" or "score"
            ? Math.Clamp(value + random.Between(-0.3, 0.8), indicator.Unit == "percentage" ? 0 : double.MinValue, indicator.Unit == "percentage" ? 100 : double.MaxValue)
            : value * random.Between(0.97, 1.03));

    /// <summary>Periods of 2012/13 as the trajectory table writes them: '2012-04', '2012-Q1' (April–June), '2012/13'.</summary>
    public static IReadOnlyList<string> Periods(string frequency) => frequency switch
    {
        "monthly" => Enumerable.Range(0, 12).Select(i => new DateOnly(2012, 4, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList(),
        "quarterly" => Enumerable.Range(1, 4).Select(q => string.Create(CultureInfo.InvariantCulture, $"2012-Q{q}")).ToList(),
        _ => ["2012/13"],
    };
}
