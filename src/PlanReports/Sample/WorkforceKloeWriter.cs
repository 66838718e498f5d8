namespace PlanReports.Sample;

/// <summary>
/// The SHA cluster's assessment of each PCT cluster against the nine Annex 5 workforce key lines of enquiry,
/// consistent with the cluster's workforce domain rating: mostly the same RAG, one step either way at most.
/// </summary>
internal static class WorkforceKloeWriter
{
    // In Annex 5 order: what the SHA cluster saw where the line of enquiry is met.
    private static readonly IReadOnlyList<string> Evidence =
    [
        "Workforce metrics and trends for the main providers are benchmarked quarterly at the cluster workforce group and linked to quality dashboards.",
        "Where provider workforce indicators raised concerns, the effect on activity and finance plans was tested with the commissioners.",
        "A deep dive into the largest acute provider's nursing establishment was completed with CQC input; no safety concerns remain open.",
        "Planned reductions in clinical posts are monitored quarterly against quality indicators at the quality surveillance group.",
        "Workforce plans were discussed with staff side at cluster level; concerns raised were reported to the cluster and provider boards and addressed.",
        "Providers discussed their workforce plans with staff; concerns raised were taken to the provider boards and addressed.",
        "Medical directors and directors of nursing have agreed the workforce changes with HR directors and signed the plans.",
        "Support staff and wider support groups are covered by the workforce plans and transition arrangements.",
        "A communications strategy for the planned clinical workforce changes is in place.",
    ];

    private static readonly IReadOnlyList<string> Gaps =
    [
        "evidence covers the acute trust but not community or mental health providers",
        "the analysis is planned for quarter 1 but not yet done",
        "provider boards have not yet considered the findings",
        "the link to quality data is not yet made",
    ];

    public static void Write(SampleContext context, RatingBook ratings)
    {
        var workforce = context.Reference.Domains.Single(d => d.Code == "workforce").Code;
        foreach (var cluster in context.England.PctClusters)
        {
            foreach (var submission in Submissions.IntegratedPlanSubmissions)
            {
                var random = context.Random("kloe", submission, cluster.Organisation.Code);
                var domainRag = ratings.Rag(submission, cluster.Organisation.Code, workforce);
                for (var i = 0; i < context.Reference.WorkforceKloeCodes.Count; i++)
                {
                    var rag = Vary(domainRag, random);
                    var evidence = Evidence[Math.Min(i, Evidence.Count - 1)];
                    var text = rag switch
                    {
                        "green" => evidence,
                        "amber" => $"Partly evidenced: {random.Pick(Gaps)}.",
                        _ => $"Not evidenced: {random.Pick(Gaps)}; the SHA cluster has asked for a plan by the quarter 1 review.",
                    };
                    context.Tables.WorkforceKloeAssessment.Add(submission, cluster.Organisation.Code, context.Reference.WorkforceKloeCodes[i], rag, text);
                }
            }
        }
    }

    private static string Vary(string rag, SampleRandom random)
    {
        var draw = random.NextDouble();
        return rag switch
        {
            "green" => draw < 0.85 ? "green" : "amber",
            "amber" => draw < 0.3 ? "green" : draw < 0.9 ? "amber" : "red",
            _ => draw < 0.6 ? "red" : "amber",
        };
    }
}
