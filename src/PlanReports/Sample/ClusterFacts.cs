using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// What the data written so far says about a PCT cluster in one submission, so that ratings and commentary agree
/// with the trajectories and QIPP plans: a domain whose facts show a problem is never rated green, and its
/// commentary names the facts.
/// </summary>
internal sealed class ClusterFacts(SamplePctCluster cluster, QippPlan qipp, IReadOnlyList<TrajectoryShortfall> shortfalls)
{
    private static readonly IReadOnlyList<string> KentWave2 = ["Dartford, Gravesham and Swanley", "Medway"];

    public bool ConcernIn(string submission, string domain) => domain switch
    {
        "performance-quality" => Shortfalls(submission).Any(),
        "qipp" => qipp.Programmes(submission).Count is < 5 or > 7 || KeyShare(submission) <= 0.5,
        _ => false,
    };

    /// <summary>A sentence of facts for the domain's commentary, or null where the domain has none to add.</summary>
    public string? Sentence(string submission, string domain)
    {
        var kent = cluster.Organisation.Name.StartsWith("Kent and Medway PCT Cluster", StringComparison.Ordinal);
        switch (domain)
        {
            case "performance-quality":
                var below = Shortfalls(submission).ToList();
                return below.Count == 0
                    ? $"The trajectories of {Names.Join(cluster.Pcts.Select(p => p.Name))} meet the national standards in every period."
                    : "Trajectories that miss a national standard: " + Names.Join(below.Take(3).Select(s =>
                        string.Create(CultureInfo.InvariantCulture, $"{s.Pct.Name}, {s.Measure} ({s.PeriodsBelow} of {s.Periods} {(s.Periods == 12 ? "months" : "periods")})")))
                      + (below.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $", and {below.Count - 3} more.") : ".");
            case "qipp":
                var programmes = qipp.Programmes(submission);
                return string.Create(CultureInfo.InvariantCulture,
                    $"The {Words.Number(programmes.Count)} key programmes account for {KeyShare(submission) * 100:0}% of the {Names.Thousands(qipp.PlannedSavings(submission, "2012/13"))} planned savings in 2012/13, the largest being {qipp.Largest(submission).ToLowerInvariant()}.");
            case "finance" when submission == Submissions.April:
                var january = qipp.PlannedSavings(Submissions.January, "2012/13");
                var april = qipp.PlannedSavings(Submissions.April, "2012/13");
                return january == april
                    ? null
                    : $"Planned QIPP savings for 2012/13 were revised from {Names.Thousands(january)} in January to {Names.Thousands(april)}; the cluster board approved the change.";
            case "tr-ccgs" when kent:
                // Seed 004: these two applied in wave 2 (September 2012), the other six in wave 4 (November 2012),
                // a decision made nationally in May 2012, after this round's submissions.
                return $"{Names.Join(KentWave2.Select(n => n + " CCG"))} are preparing to apply for authorisation in an early wave; the other six CCGs plan to apply later in 2012.";
            case "tr-commissioning-support" when kent:
                return "Kent and Medway Commissioning Support (KMCS) submitted its outline business case to the DH Business Development Unit and passed checkpoint 2.";
            case "tr-hwb" when cluster.Councils.Count > 1:
                return $"The cluster works with {Words.Number(cluster.Councils.Count)} local authorities on their shadow boards: {Names.Join(cluster.Councils.Select(c => c.Name))}.";
            default:
                return null;
        }
    }

    private double KeyShare(string submission) =>
        qipp.Programmes(submission).Sum(p => p.Savings201213) / qipp.PlannedSavings(submission, "2012/13");

    private IEnumerable<TrajectoryShortfall> Shortfalls(string submission) =>
        shortfalls.Where(s => s.Submission == submission && cluster.Pcts.Any(p => p.Code == s.Pct.Code));
}
