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
        foreach (var shaCluster in context.England.ShaClusters)
        {
            var clusters = context.England.ClustersOf(shaCluster).ToList();
            foreach (var submission in Submissions.IntegratedPlanSubmissions)
            {
                context.Tables.ShaAssuranceNarrative.Add(submission, shaCluster.Code,
                    Process(context, shaCluster, clusters, submission),
                    MaterialChanges(clusters, qipp, submission),
                    RegionalRisks(context, clusters, ratings, qipp, submission));
            }
        }
    }

    private static string Process(SampleContext context, SampleOrganisation shaCluster, IReadOnlyList<SamplePctCluster> clusters, string submission)
    {
        var lead = context.England.Contact(shaCluster.Code, "assurance-lead");
        var pdt = context.England.Contact(shaCluster.Code, "pdt-lead");
        var stage = submission == Submissions.January
            ? "This initial submission reflects the draft plans as at mid-January; each PCT cluster received written feedback within two weeks and a second review meeting in March."
            : "The final plans were re-tested against the January feedback at review meetings between 12 and 30 March, and each PCT cluster board confirmed its plan before submission.";
        return $"The {shaCluster.Name} assured the integrated plans of its {Words.Number(clusters.Count)} PCT clusters through a panel led by {lead.Name}, {lead.JobTitle}, with finance, performance, workforce and reform leads. "
            + "Each plan was reviewed against the Annex 3 questions; trajectories were checked against the Operating Framework standards and milestones against the Annex 2 national minimum expectations. "
            + $"{stage} The SHA cluster shared its emerging view with {pdt.Name}, the DH Performance Delivery Team lead.";
    }

    private static string MaterialChanges(IReadOnlyList<SamplePctCluster> clusters, IReadOnlyDictionary<string, QippPlan> qipp, string submission)
    {
        if (submission == Submissions.January)
        {
            return "Any material change to a plan after this submission, including any change in the size of the financial challenge or in planned QIPP savings, must be approved by the PCT cluster board and signed off by the SHA cluster's director of finance before the final submission.";
        }
        var changes = clusters
            .Select(c => (Cluster: c.Organisation.Name, January: qipp[c.Organisation.Code].PlannedSavings(Submissions.January, "2012/13"), April: qipp[c.Organisation.Code].PlannedSavings(Submissions.April, "2012/13")))
            .Where(c => c.January != c.April)
            .Select(c => $"{c.Cluster} ({Names.Thousands(c.January)} to {Names.Thousands(c.April)})")
            .ToList();
        return changes.Count == 0
            ? "No PCT cluster changed its planned QIPP savings between the January and April submissions; changes to trajectories were reviewed by the SHA cluster's performance lead."
            : $"{Words.Number(changes.Count).ToUpperInvariant()[0]}{Words.Number(changes.Count)[1..]} PCT clusters changed their planned 2012/13 QIPP savings between January and April: {Names.Join(changes)}. "
              + "Each change was approved by the PCT cluster board, with the reasons and the effect on the financial plan, and signed off by the SHA cluster's director of finance.";
    }

    private static string RegionalRisks(SampleContext context, IReadOnlyList<SamplePctCluster> clusters, RatingBook ratings, IReadOnlyDictionary<string, QippPlan> qipp, string submission)
    {
        var domains = context.Reference.Domains.Skip(1).ToList();
        var weakest = domains
            .Select(d => (Domain: d, Score: clusters.Sum(c => ratings.Rag(submission, c.Organisation.Code, d.Code) switch { "red" => 3, "amber" => 1, _ => 0 })))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Domain.Code, StringComparer.Ordinal).Take(2).ToList();
        var red = clusters.Where(c => ratings.Rag(submission, c.Organisation.Code, context.Reference.Domains[0].Code) == "red").Select(c => c.Organisation.Name).ToList();
        var savings = clusters.Sum(c => qipp[c.Organisation.Code].PlannedSavings(submission, "2012/13"));
        var geography = red.Count == 0
            ? "No PCT cluster is rated red overall; the geographical risk is concentrated where acute providers face the largest activity reductions."
            : $"Geographically, the greatest risk is in {Names.Join(red)}, rated red overall, where the SHA cluster has agreed intensive support.";
        return $"{geography} By programme, the weakest domains across the region are {weakest[0].Domain.Name} and {weakest[1].Domain.Name}. "
            + $"Planned QIPP savings across the region total {Names.Thousands(savings)} in 2012/13; delivery depends on urgent care and long-term conditions programmes that shift activity out of hospital. "
            + "Mitigation: monthly review of QIPP delivery and trajectories with each PCT cluster, and early escalation to the SHA cluster board.";
    }
}
