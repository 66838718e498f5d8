using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// The SHA cluster's RAG rating and commentary on each of the 13 domains for each PCT cluster, in both
/// submissions, with key risks and mitigating action in April (seed 000 §5). Between January and April some
/// ratings move as plans are revised, and the commentary says so.
/// </summary>
internal static class RatingWriter
{
    // Each closing names the domain and the cluster, so no closing reads the same twice in a pack or a bundle; the
    // letters quote the commentary to the cluster's chief executive, so closings do not name that person.
    // {domain} is "the Finance domain".
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Closing = new Dictionary<string, IReadOnlyList<string>>
    {
        ["green"] = ["No further assurance on {domain} is required from {cluster} before sign-off.", "{cluster} will report delivery on {domain} through the SHA cluster's routine performance meetings."],
        ["amber"] = ["The SHA cluster will test the progress of {cluster} on {domain} at the quarter 1 assurance meeting.", "Actions on {domain} are agreed with the executive of {cluster} and will be followed up by the SHA cluster's assurance lead."],
        ["red"] = ["The SHA cluster will review {domain} with {cluster} monthly until the rating improves.", "The SHA cluster has escalated {domain} of {cluster} to its board."],
    };

    public static RatingBook Write(SampleContext context, IReadOnlyDictionary<string, QippPlan> qipp, IReadOnlyList<TrajectoryShortfall> shortfalls)
    {
        var shortfallsByCluster = shortfalls.GroupBy(s => s.Pct.ParentCode!).ToDictionary(g => g.Key, g => (IReadOnlyList<TrajectoryShortfall>)g.ToList());
        var book = new RatingBook();
        var domains = context.Reference.Domains.Select(d => d.Code).ToList();
        var overarching = domains[0];
        foreach (var cluster in context.England.PctClusters)
        {
            var code = cluster.Organisation.Code;
            var random = context.Random("ratings", code);
            var strength = random.NextDouble();
            var facts = new ClusterFacts(cluster, qipp[code], shortfallsByCluster.GetValueOrDefault(code, []));
            foreach (var domain in domains.Skip(1))
            {
                var january = Draw(random, strength);
                if (cluster.Organisation.Name.StartsWith("Kent and Medway PCT Cluster", StringComparison.Ordinal) && domain == "tr-public-health")
                {
                    january = "green"; // seed 004: the Kent and Medway transition plans were rated green
                }
                var april = Revise(random, january);
                book.Set(Submissions.January, code, domain, NotGreenIfConcern(january, facts, Submissions.January, domain));
                book.Set(Submissions.April, code, domain, NotGreenIfConcern(april, facts, Submissions.April, domain));
            }
            foreach (var submission in Submissions.IntegratedPlanSubmissions)
            {
                book.Set(submission, code, overarching, RatingBook.Overarching(domains.Skip(1).Select(d => book.Rag(submission, code, d))));
            }

            foreach (var domain in domains)
            {
                foreach (var submission in Submissions.IntegratedPlanSubmissions)
                {
                    if (submission == Submissions.April && code == context.Gaps.MissingRatingCluster.Code && domain == context.Gaps.MissingRatingDomain)
                    {
                        continue; // planted: this domain is not rated in April
                    }
                    WriteRating(context, cluster, qipp[code], facts, book, submission, domain);
                }
            }
        }
        return book;
    }

    private static void WriteRating(SampleContext context, SamplePctCluster cluster, QippPlan qipp, ClusterFacts facts, RatingBook book, string submission, string domain)
    {
        var code = cluster.Organisation.Code;
        var rag = book.Rag(submission, code, domain);
        var random = context.Random("commentary", submission, code, domain);
        if (!DomainPhrases.Commentary.TryGetValue(domain, out var bank))
        {
            throw new InvalidOperationException($"no commentary phrases for assurance domain '{domain}'");
        }
        var chief = context.England.Contact(code, "chief-executive").Name;
        var domainName = context.Reference.Domains.Single(d => d.Code == domain).Name;
        var factSentence = facts.Sentence(submission, domain);
        // "Performance and quality" rated amber because PCTs plan below a standard leads with the exceptions, never
        // with trajectories "at the standards" followed by a list of PCTs that miss them.
        var phrases = domain == "performance-quality" && rag == "amber" && facts.ConcernIn(submission, domain)
            ? ["Most standards are planned to be met across {pctlist}; the recovery plans for the exceptions below are credible but untested."]
            : bank[rag];
        var text = Fill(random.Pick(phrases), cluster, qipp, submission, random, chief);
        if (factSentence is { } sentence)
        {
            text += " " + sentence;
        }
        if (submission == Submissions.April)
        {
            var january = book.Rag(Submissions.January, code, domain);
            if (january != rag)
            {
                text += Rank(rag) > Rank(january)
                    ? $" The {domainName} rating improved from {january} in the January submission as the revised plan of {cluster.Organisation.Name} addressed the issues raised."
                    : $" The {domainName} rating was lowered from {january} in the January submission: the revised plan of {cluster.Organisation.Name} did not resolve the issues raised.";
            }
        }
        text += " " + Fill(random.Pick(Closing[rag]), cluster, qipp, submission, random, chief).Replace("{domain}", $"the {domainName} domain", StringComparison.Ordinal);

        string? risks = null;
        string? mitigation = null;
        var plantedNoRisks = code == context.Gaps.NoKeyRisksCluster.Code && domain == context.Gaps.NoKeyRisksDomain;
        if (submission == Submissions.April && !plantedNoRisks)
        {
            var pairs = DomainPhrases.KeyRisks[domain];
            var pair = random.Pick(pairs);
            risks = Fill(pair.Risk, cluster, qipp, submission, random, chief);
            mitigation = Fill(pair.Mitigation, cluster, qipp, submission, random, chief);
            book.SetRisk(code, domain, risks, mitigation);
        }
        context.Tables.DomainRating.Add(submission, code, domain, rag, text, risks, mitigation);
    }

    /// <summary>
    /// Fills a phrase's placeholders with facts of the cluster (its CCGs, PCTs, councils, population, QIPP plan and
    /// chief executive), then starts each sentence with a capital ("the urgent care programme depends…").
    /// </summary>
    public static string Fill(string text, SamplePctCluster cluster, QippPlan qipp, string submission, SampleRandom random, string chief)
    {
        var council = cluster.Councils[random.Next(cluster.Councils.Count)].Name;
        var ccg = cluster.Ccgs.Count > 0 ? cluster.Ccgs[random.Next(cluster.Ccgs.Count)].Name : cluster.Pcts[0].Name;
        var filled = text
            .Replace("{cluster}", cluster.Organisation.Name, StringComparison.Ordinal)
            .Replace("{allccgs}", cluster.Ccgs.Count switch
            {
                0 => $"the emerging CCGs of {cluster.Organisation.Name}",
                1 => cluster.Ccgs[0].Name,
                _ => $"the {Words.Number(cluster.Ccgs.Count)} emerging CCGs of {cluster.Organisation.Name}",
            }, StringComparison.Ordinal)
            .Replace("{ccg}", ccg, StringComparison.Ordinal)
            .Replace("{pctlist}", Names.Join(cluster.Pcts.Select(p => p.Name)), StringComparison.Ordinal)
            .Replace("{pct}", cluster.Pcts[random.Next(cluster.Pcts.Count)].Name, StringComparison.Ordinal)
            .Replace("{council}", council, StringComparison.Ordinal)
            .Replace("{population}", Population(cluster.PopulationThousands), StringComparison.Ordinal)
            .Replace("{chief}", chief, StringComparison.Ordinal)
            .Replace("{savings}", Names.Thousands(qipp.PlannedSavings(submission, "2012/13")), StringComparison.Ordinal)
            .Replace("{programme}", "the " + qipp.Largest(submission).ToLowerInvariant() + " programme", StringComparison.Ordinal);
        return filled.Length > 0 && char.IsLower(filled[0]) ? char.ToUpperInvariant(filled[0]) + filled[1..] : filled;
    }

    /// <summary>"1.2 million" or "480,000", as a plan states the population it serves.</summary>
    public static string Population(int thousands) => thousands >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{thousands / 1000.0:0.0} million")
        : string.Create(CultureInfo.InvariantCulture, $"{thousands * 1000:N0}");

    private static string NotGreenIfConcern(string rag, ClusterFacts facts, string submission, string domain) =>
        rag == "green" && facts.ConcernIn(submission, domain) ? "amber" : rag;

    private static string Draw(SampleRandom random, double strength)
    {
        var draw = random.NextDouble();
        var green = 0.3 + (0.4 * strength);
        var red = 0.03 + (0.07 * (1 - strength));
        return draw < green ? "green" : draw < 1 - red ? "amber" : "red";
    }

    // Plans improve more often than they deteriorate between January and April.
    private static string Revise(SampleRandom random, string january) => january switch
    {
        "red" => random.Chance(0.5) ? "amber" : "red",
        "amber" => random.Chance(0.22) ? "green" : "amber",
        _ => random.Chance(0.05) ? "amber" : "green",
    };

    private static int Rank(string rag) => rag switch { "red" => 0, "amber" => 1, _ => 2 };
}
