namespace PlanReports.Sample;

/// <summary>
/// How a PCT's planned values for one measure of an indicator look over the year: a level per PCT (from its
/// population, or around the national standard where the seed states one, sometimes on the wrong side of it), a
/// shape across the periods, and the rounding its unit takes. Keyed by indicator code, with a fallback by unit.
/// </summary>
internal static class IndicatorModel
{
    /// <summary>The PCT's level for the year for one measure (a national standard, or the indicator itself).</summary>
    public static double Level(SampleIndicator indicator, SampleStandard measure, int populationThousands, SampleRandom random)
    {
        if (measure.Threshold is { } standard && indicator.Unit == "percentage")
        {
            // Most PCTs plan on the right side of the standard with headroom; about one in eight plans short of it.
            // A less-than standard (under 1 per cent waiting six weeks for a diagnostic test) has little room below.
            return measure.LessThan
                ? Math.Max(0, standard * (random.Chance(0.12) ? random.Between(1.05, 1.6) : random.Between(0.3, 0.75)))
                : Math.Min(99.9, standard + (random.Chance(0.12) ? random.Between(-2.0, -0.3) : random.Between(0.5, 3.5)));
        }
        double pop = populationThousands;
        return indicator.Code switch
        {
            "QUAL-02" => random.Between(93, 98),
            "QUAL-05" => pop * random.Between(0.8, 1.0),
            "QUAL-06" => random.Between(74, 80),
            "QUAL-09" => random.Between(92, 97),
            "QUAL-10" => Math.Max(0, random.Between(-2, 4)),
            "QUAL-11" => Math.Round(pop / random.Between(250, 450)),
            "QUAL-12" => pop * random.Between(0.02, 0.03),
            "QUAL-13" => random.Between(90, 97),
            "QUAL-14" => pop * random.Between(1.2, 1.7),
            "QUAL-15" => pop * random.Between(6, 8),
            "RES-01" => pop * 1_750_000 * random.Between(0.004, 0.01),
            "RES-03" => pop * 1000 * random.Between(22, 28) / 12,
            "RES-04" => pop * 1_750_000 * random.Between(0.04, 0.05) / 12,
            "RES-05" => pop * random.Between(1.9, 2.4),
            "RES-07" => pop * random.Between(9, 13),
            "RES-08" => pop * random.Between(0.15, 0.18),
            "RES-09" => random.Between(96, 104),
            "RES-10" => pop * random.Between(24_000, 30_000),
            "RES-11" => pop * random.Between(2.2, 2.9),
            "REF-01" => random.Chance(0.8) ? 100 : random.Between(92, 99),
            "REF-02" => random.Between(24, 26),
            "REF-03" => 100,
            "REF-04" => 100,
            "REF-05" => random.Between(8, 12),
            "REF-07" => random.Between(90, 98),
            "REF-08" => random.Between(40, 70),
            "REF-09" => pop * random.Between(2, 3),
            "REF-10" => random.Between(1, 4),
            _ => indicator.Unit switch
            {
                "percentage" => random.Between(85, 97),
                "score" => random.Between(70, 90),
                "pounds" => pop * 10_000,
                _ => pop,
            },
        };
    }

    /// <summary>The planned value in period <paramref name="index"/> of <paramref name="count"/> (0-based).</summary>
    public static double Planned(SampleIndicator indicator, SampleStandard measure, double level, int index, int count, SampleRandom random)
    {
        var progress = (index + 1.0) / count; // share of the year elapsed at the end of the period
        var value = indicator.Code switch
        {
            // A small share (under 1 per cent) moves by tenths, not by the half point a large one does.
            _ when measure.LessThan => Math.Max(0, level + random.Between(-0.1, 0.1)),
            // Cumulative measures build towards the year-end level.
            "RES-04" => level * (index + 1),
            "REF-03" => progress < 0.5 ? 0 : progress < 1 ? Math.Round(level * random.Between(0.2, 0.6) / 10) * 10 : level,
            "REF-04" => level * progress,
            "REF-05" => Math.Round(level * progress),
            "REF-08" or "REF-10" or "RES-08" => level * (0.9 + (0.15 * progress)),
            "QUAL-05" => level * (1 - (0.004 * index)) * (1 + random.Between(-0.03, 0.03)),
            _ => indicator.Unit switch
            {
                "percentage" or "score" => level + random.Between(-0.4, 0.4),
                _ => level * (1 + random.Between(-0.03, 0.03)),
            },
        };
        return Round(indicator, indicator.Unit == "percentage" ? Math.Min(100, value) : value);
    }

    public static double Round(SampleIndicator indicator, double value) => indicator.Unit switch
    {
        "percentage" or "score" => Math.Round(value, 1),
        "pounds" => value >= 1000 ? Math.Round(value / 1000) * 1000 : Math.Round(value, 2),
        _ => Math.Round(Math.Max(0, value)),
    };
}
