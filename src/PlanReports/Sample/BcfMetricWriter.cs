namespace PlanReports.Sample;

/// <summary>
/// The five national metrics and the local metric of one plan, each with a baseline and an ambition as
/// numerator and denominator, so a report can compute whether the ambition is a statistically significant
/// improvement (seed 003 Annex I ¶47) rather than take it on trust.
/// </summary>
internal static class BcfMetricWriter
{
    private static readonly IReadOnlyList<(string Name, string Justification)> LocalAlternatives =
    [
        ("Permanent admissions to residential care of people aged 65 and over directly from hospital",
         "Linked to the Joint Health and Wellbeing Strategy priority on independence in later life; counted from the council's robust and reliable social care returns, published quarterly, with numbers large enough to avoid small-number variation; the ambition is beyond the five-year trend and rewards community alternatives to care homes, so it creates the right incentives."),
        ("Emergency readmissions within 30 days of discharge, people aged 65 and over",
         "Reflects the Joint Health and Wellbeing Strategy aim of safe discharge; taken from Hospital Episode Statistics, an established published source with timely monthly data and no major data quality issues; the ambition is suitably challenging against a rising trend and gives health and social care a shared incentive."),
        ("Falls-related emergency admissions of people aged 65 and over",
         "A priority of the Joint Health and Wellbeing Strategy; Secondary Uses Service data, reliable and timely for the payment periods, with annual counts in the hundreds; the ambition needs the whole falls pathway to work, which creates the right incentives for integration."),
    ];

    public static void Write(SampleContext context, SampleHealthAndWellbeingBoard board)
    {
        var hwb = board.Organisation.Code;
        var random = context.Random("bcf-metrics", hwb);
        var position = 0;
        foreach (var metric in context.Reference.BcfNationalMetrics)
        {
            var missingAmbition = hwb == context.Gaps.MissingAmbitionBoard.Code && metric.Code == context.Gaps.MissingAmbitionMetric.Code;
            AddMetric(context, board, ++position, metric.Code, null, null, metric.LowerIsBetter, random, missingAmbition);
        }

        if (hwb == context.Gaps.UnjustifiedLocalMetricBoard.Code)
        {
            // Planted: a local alternative whose justification meets none of the criteria of seed 003 Annex I ¶43.
            AddMetric(context, board, ++position, null, "Number of people attending the annual health and care forum",
                "The board preferred a measure of its own.", lowerIsBetter: false, random, missingAmbition: false);
        }
        else if (random.Chance(0.15))
        {
            var (name, justification) = random.Pick(LocalAlternatives);
            AddMetric(context, board, ++position, null, name, justification, lowerIsBetter: true, random, missingAmbition: false);
        }
        else
        {
            var menu = random.Pick(context.Reference.BcfLocalMetricMenu);
            AddMetric(context, board, ++position, menu.Code, null, null, menu.LowerIsBetter, random, missingAmbition: false);
        }
    }

    private static void AddMetric(
        SampleContext context, SampleHealthAndWellbeingBoard board, int position, string? code, string? localName,
        string? justification, bool lowerIsBetter, SampleRandom random, bool missingAmbition)
    {
        var model = BcfMetricModel.For(code ?? "local");
        var denominator = model.DenominatorPerThousand > 0
            ? Math.Round(board.Council.PopulationThousands * model.DenominatorPerThousand * random.Between(0.9, 1.1))
            : random.Between(model.SampleSize.Min, model.SampleSize.Max);
        denominator = Math.Max(denominator, 20);
        var baselineValue = random.Between(model.Low, model.High);
        var numerator = Math.Round(Numerator(model.Unit, baselineValue, denominator));

        var change = random.Between(model.Improvement.Min, model.Improvement.Max);
        var ambitionValue = lowerIsBetter ? baselineValue * (1 - change) : Math.Min(Ceiling(model.Unit), baselineValue * (1 + change));
        var ambitionDenominator = model.DenominatorPerThousand > 0 ? Math.Round(denominator * random.Between(1.0, 1.02)) : denominator;
        var ambitionNumerator = Math.Round(Numerator(model.Unit, ambitionValue, ambitionDenominator));
        // In a small area rounding can swallow the improvement; an ambition always improves by at least one.
        var baselineRatio = numerator / denominator;
        while (lowerIsBetter ? ambitionNumerator / ambitionDenominator >= baselineRatio && ambitionNumerator > 0
                             : ambitionNumerator / ambitionDenominator <= baselineRatio && ambitionNumerator < ambitionDenominator)
        {
            ambitionNumerator += lowerIsBetter ? -1 : 1;
        }

        context.Tables.BcfMetricPlan.Add(board.Organisation.Code, position, code, localName, justification, model.Unit,
            model.BaselinePeriod, numerator, denominator,
            missingAmbition ? null : model.AmbitionPeriod,
            missingAmbition ? null : ambitionNumerator,
            missingAmbition ? null : ambitionDenominator);
    }

    private static double Numerator(string unit, double value, double denominator) => unit switch
    {
        "rate-per-100000" => value * denominator / 100_000,
        "percentage" => value * denominator / 100,
        _ => value * denominator, // a score: the sum of respondents' scores
    };

    private static double Ceiling(string unit) => unit switch
    {
        "percentage" => 99,
        "score" => 24,
        _ => double.MaxValue,
    };
}
