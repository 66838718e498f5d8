using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// Planned QIPP savings per PCT cluster and year, and its 5–7 key programmes whose savings exceed half of them
/// (seed 000 §4). Some clusters revise their savings between January and April, a material change the SHA
/// cluster's narrative must say it signed off.
/// </summary>
internal static class QippWriter
{
    private static readonly IReadOnlyList<string> Years = ["2012/13", "2013/14", "2014/15"];

    public static IReadOnlyDictionary<string, QippPlan> Write(SampleContext context)
    {
        var plans = new Dictionary<string, QippPlan>();
        foreach (var cluster in context.England.PctClusters)
        {
            plans[cluster.Organisation.Code] = WriteCluster(context, cluster);
        }
        return plans;
    }

    private static QippPlan WriteCluster(SampleContext context, SamplePctCluster cluster)
    {
        var code = cluster.Organisation.Code;
        var random = context.Random("qipp", code);
        var plan = new QippPlan();
        // Allocation about £1,750 a head; savings of 4–5% in the first year, tapering after.
        var allocationK = cluster.PopulationThousands * 1750.0;
        var rates = new[] { random.Between(0.04, 0.05), random.Between(0.035, 0.045), random.Between(0.03, 0.04) };
        var revised = random.Chance(0.4);
        var revision = random.Between(0.03, 0.08) * (random.Chance(0.7) ? 1 : -1);
        for (var y = 0; y < Years.Count; y++)
        {
            var january = Math.Round(allocationK * rates[y]);
            var april = revised ? Math.Round(january * (1 + revision)) : january;
            plan.SetSavings(Submissions.January, Years[y], january);
            plan.SetSavings(Submissions.April, Years[y], april);
            context.Tables.PlannedSavings.Add(Submissions.January, code, Years[y], january);
            context.Tables.PlannedSavings.Add(Submissions.April, code, Years[y], april);
        }

        var count = random.Between(5, 7);
        var chosen = random.PickDistinct(QippProgrammeTemplate.All, count);
        var share = random.Between(0.55, 0.75);
        foreach (var submission in Submissions.IntegratedPlanSubmissions)
        {
            var programmes = chosen;
            var keyShare = share;
            if (submission == Submissions.April && code == context.Gaps.FourProgrammesCluster.Code)
            {
                programmes = chosen.Take(4).ToList(); // planted: only four key programmes
            }
            if (submission == Submissions.April && code == context.Gaps.LowKeyShareCluster.Code)
            {
                keyShare = 0.40; // planted: key programmes well under half the planned savings
            }
            var weights = programmes.Select(p => p.Weight * random.Between(0.8, 1.25)).ToList();
            var totalWeight = weights.Sum();
            for (var i = 0; i < programmes.Count; i++)
            {
                var template = programmes[i];
                var fraction = weights[i] / totalWeight;
                var amounts = Years.Select(y => Math.Round(plan.PlannedSavings(submission, y) * keyShare * fraction)).ToArray();
                var programmeCode = string.Create(CultureInfo.InvariantCulture, $"QP-{code}-{(submission == Submissions.January ? 'J' : 'A')}{i + 1}");
                plan.AddProgramme(submission, programmeCode, template, amounts[0]);
                context.Tables.QippProgramme.Add(programmeCode, submission, code, template.Name, template.EndState,
                    amounts[0], amounts[1], amounts[2], template.QualityImpact, template.ActivityImpact, template.WorkforceImpact, template.Kpi);
            }
        }
        return plan;
    }
}
