namespace PlanReports.Sample;

/// <summary>
/// Each SHA cluster's short narrative on its assurance approach (seed 000 introduction): the process it used,
/// how material changes (including the size of the financial challenge) were signed off, and its assessment of
/// key risks across the region, geographical and programme-based. Figures come from the ratings and savings written.
/// </summary>
internal static class ShaNarrativeWriter
{
    public static void Write(SampleContext context, RatingBook ratings, IReadOnlyDictionary<string, QippPlan> qipp)
    {
        for (var index = 0; index < context.England.ShaClusters.Count; index++)
        {
            var shaCluster = context.England.ShaClusters[index];
            var clusters = context.England.ClustersOf(shaCluster).ToList();
            foreach (var submission in Submissions.IntegratedPlanSubmissions)
            {
                context.Tables.ShaAssuranceNarrative.Add(submission, shaCluster.Code,
                    Process(context, shaCluster, clusters, submission, index),
                    MaterialChanges(context, shaCluster, clusters, qipp, submission),
                    RegionalRisks(context, shaCluster, clusters, ratings, qipp, submission));
            }
        }
    }

    // Each SHA cluster ran its own review timetable: feedback and review dates differ between the four.
    private static readonly IReadOnlyList<(DateOnly Feedback, DateOnly From, DateOnly To)> Timetables =
    [
        (new(2012, 2, 8), new(2012, 3, 12), new(2012, 3, 30)),
        (new(2012, 2, 10), new(2012, 3, 5), new(2012, 3, 23)),
        (new(2012, 2, 6), new(2012, 3, 7), new(2012, 3, 26)),
        (new(2012, 2, 9), new(2012, 3, 14), new(2012, 3, 29)),
    ];

    private static string Process(SampleContext context, SampleOrganisation shaCluster, IReadOnlyList<SamplePctCluster> clusters, string submission, int index)
    {
        var lead = context.England.Contact(shaCluster.Code, "assurance-lead");
        var finance = context.England.Contact(shaCluster.Code, "director-of-finance");
        var pdt = context.England.Contact(shaCluster.Code, "pdt-lead");
        var (feedback, from, to) = Timetables[index % Timetables.Count];
        var pcts = clusters.Sum(c => c.Pcts.Count);
        var population = RatingWriter.Population(clusters.Sum(c => c.PopulationThousands));
        var stage = submission == Submissions.January
            ? $"This initial submission reflects the draft plans as at mid-January; each PCT cluster received written feedback by {Names.LongDate(feedback)} and a second review meeting in March."
            : $"The final plans were re-tested against the January feedback at review meetings between {Names.LongDate(from)} and {Names.LongDate(to)}, and each PCT cluster board confirmed its plan before submission.";
        return $"The {shaCluster.Name} assured the integrated plans of its {Words.Number(clusters.Count)} PCT clusters through a panel led by {lead.Name}, {lead.JobTitle}, with {finance.Name}, {finance.JobTitle}, and the performance, workforce and reform leads. "
            + $"The plans of its {pcts} PCTs, serving {population} people, were reviewed against the Annex 3 questions, their trajectories against the Operating Framework standards and their milestones against the Annex 2 national minimum expectations. "
            + $"{stage} The SHA cluster shared its emerging view with {pdt.Name}, the DH Performance Delivery Team lead.";
    }

    private static string MaterialChanges(SampleContext context, SampleOrganisation shaCluster, IReadOnlyList<SamplePctCluster> clusters, IReadOnlyDictionary<string, QippPlan> qipp, string submission)
    {
        var finance = context.England.Contact(shaCluster.Code, "director-of-finance");
        if (submission == Submissions.January)
        {
            return $"Any material change to a plan after this submission, including any change in the size of the financial challenge or in planned QIPP savings, must be approved by the PCT cluster board and signed off by {finance.Name}, the {shaCluster.Name}'s director of finance, before the final submission.";
        }
        var changes = clusters
            .Select(c => (Cluster: c.Organisation.Name, January: qipp[c.Organisation.Code].PlannedSavings(Submissions.January, "2012/13"), April: qipp[c.Organisation.Code].PlannedSavings(Submissions.April, "2012/13")))
            .Where(c => c.January != c.April)
            .Select(c => $"{c.Cluster} ({Names.Thousands(c.January)} to {Names.Thousands(c.April)})")
            .ToList();
        return changes.Count == 0
            ? $"No PCT cluster of the {shaCluster.Name} changed its planned QIPP savings between the January and April submissions; {finance.Name} reviewed the changes to trajectories."
            : $"{Words.Number(changes.Count).ToUpperInvariant()[0]}{Words.Number(changes.Count)[1..]} PCT clusters changed their planned 2012/13 QIPP savings between January and April: {Names.Join(changes)}. "
              + $"Each change was approved by the PCT cluster board, with the reasons and the effect on the financial plan, and signed off by {finance.Name}, the SHA cluster's director of finance.";
    }

    private static string RegionalRisks(SampleContext context, SampleOrganisation shaCluster, IReadOnlyList<SamplePctCluster> clusters, RatingBook ratings, IReadOnlyDictionary<string, QippPlan> qipp, string submission)
    {
        var domains = context.Reference.Domains.Skip(1).ToList();
        var weakest = domains
            .Select(d => (Domain: d, Score: clusters.Sum(c => ratings.Rag(submission, c.Organisation.Code, d.Code) switch { "red" => 3, "amber" => 1, _ => 0 })))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Domain.Code, StringComparer.Ordinal).Take(2).ToList();
        var red = clusters.Where(c => ratings.Rag(submission, c.Organisation.Code, context.Reference.Domains[0].Code) == "red").Select(c => c.Organisation.Name).ToList();
        var savings = clusters.Sum(c => qipp[c.Organisation.Code].PlannedSavings(submission, "2012/13"));
        var mostConcerns = clusters
            .OrderByDescending(c => domains.Count(d => ratings.Rag(submission, c.Organisation.Code, d.Code) != "green"))
            .ThenBy(c => c.Organisation.Name, StringComparer.Ordinal)
            .First();
        var programmes = clusters
            .GroupBy(c => qipp[c.Organisation.Code].Largest(submission))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(2).Select(g => g.Key.ToLowerInvariant()).ToList();
        var lead = context.England.Contact(shaCluster.Code, "assurance-lead");
        var geography = red.Count == 0
            ? $"No PCT cluster is rated red overall; the geographical risk is greatest in {mostConcerns.Organisation.Name}, with the most domains rated amber."
            : $"Geographically, the greatest risk is in {Names.Join(red)}, rated red overall, where the SHA cluster has agreed intensive support.";
        return $"{geography} By programme, the weakest domains across the region are {weakest[0].Domain.Name} and {weakest[1].Domain.Name}. "
            + $"Planned QIPP savings across the region total {Names.Thousands(savings)} in 2012/13; delivery depends most on the {Names.Join(programmes)} programmes, the largest in most of its PCT clusters. "
            + $"Mitigation: {lead.Name} reviews QIPP delivery and trajectories monthly with each of the {Words.Number(clusters.Count)} PCT clusters, with early escalation to the {shaCluster.Name} board.";
    }
}
