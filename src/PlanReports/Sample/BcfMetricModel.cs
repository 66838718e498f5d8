namespace PlanReports.Sample;

/// <summary>
/// How a BCF metric is counted for the sample: its unit, the periods of its baseline and ambition, what its
/// denominator counts (per thousand residents), the range of plausible baseline values and of planned improvement.
/// Periods follow seed 003 Annex I ¶39 where it gives them (the ambition is the period the first payment is judged on).
/// </summary>
/// <param name="DenominatorPerThousand">Denominator per thousand residents (0 for a survey sample drawn from the range in <paramref name="SampleSize"/>).</param>
/// <param name="Low">Lowest plausible baseline value, in the unit (a rate per 100,000, a percentage or a score).</param>
/// <param name="High">Highest plausible baseline value.</param>
/// <param name="Improvement">Planned improvement as a fraction of the baseline value (min, max).</param>
internal sealed record BcfMetricModel(
    string Unit,
    string BaselinePeriod,
    string AmbitionPeriod,
    double DenominatorPerThousand,
    (int Min, int Max) SampleSize,
    double Low,
    double High,
    (double Min, double Max) Improvement)
{
    public static BcfMetricModel For(string code) => code switch
    {
        "residential-admissions" => new("rate-per-100000", "2012/13", "2014/15", 170, (0, 0), 550, 800, (0.03, 0.09)),
        "reablement" => new("percentage", "2012/13", "2014/15", 1.1, (0, 0), 75, 88, (0.01, 0.05)),
        "delayed-transfers" => new("rate-per-100000", "Apr – Dec 2013", "Apr – Dec 2014", 780, (0, 0), 2000, 3500, (0.03, 0.12)),
        "avoidable-emergency-admissions" => new("rate-per-100000", "Apr – Sept 2013", "Apr – Sept 2014", 1000, (0, 0), 850, 1150, (0.02, 0.06)),
        "patient-experience" => new("percentage", "2013/14", "2014/15", 0, (300, 700), 60, 75, (0.01, 0.06)),
        "nhsof-2.1" => new("percentage", "2012/13", "2014/15", 0, (1500, 4000), 60, 70, (0.01, 0.04)),
        "nhsof-2.6i" => new("percentage", "2012/13", "2014/15", 12.5, (0, 0), 45, 60, (0.05, 0.15)),
        "nhsof-3.5" => new("percentage", "2012/13", "2014/15", 0.6, (0, 0), 50, 65, (0.03, 0.08)),
        "ascof-1a" => new("score", "2012/13", "2014/15", 0, (300, 600), 18.5, 19.5, (0.005, 0.02)),
        "ascof-1h" => new("percentage", "2012/13", "2014/15", 2, (0, 0), 50, 65, (0.02, 0.06)),
        "ascof-1d" => new("score", "2012/13", "2014/15", 0, (300, 600), 7.5, 8.5, (0.01, 0.04)),
        "phof-1.18i" => new("percentage", "2012/13", "2014/15", 0, (300, 600), 40, 48, (0.02, 0.07)),
        "phof-2.13ii" => new("percentage", "2012", "2014", 0, (500, 1000), 25, 32, (0.03, 0.08)),
        "phof-2.24i" => new("rate-per-100000", "2012/13", "2014/15", 170, (0, 0), 1800, 2400, (0.03, 0.08)),
        // A local alternative: a rate among residents aged 65 and over.
        _ => new("rate-per-100000", "2012/13", "2014/15", 170, (0, 0), 900, 1400, (0.03, 0.08)),
    };
}
