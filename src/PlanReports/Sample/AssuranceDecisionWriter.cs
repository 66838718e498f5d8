using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// The decisions of the 2012/13 round, consistent with the ratings they summarise: each SHA cluster's assurance
/// of each PCT cluster (overall RAG = the April "Overarching assurance" rating; one condition or action per red
/// or amber domain), and DH's sign-off of each SHA cluster at David Flory's meetings of 25 April – 4 May 2012
/// (the four parts of the submission, assured unless a planted gap in the region says otherwise).
/// </summary>
internal static class AssuranceDecisionWriter
{
    // One sign-off meeting per SHA cluster, on weekdays inside seed 000's window (Wed 25 Apr – Fri 4 May 2012).
    private static readonly IReadOnlyList<DateOnly> SignOffMeetings = [new(2012, 4, 25), new(2012, 4, 27), new(2012, 5, 1), new(2012, 5, 3)];

    public static void Write(SampleContext context, RatingBook ratings, IReadOnlyDictionary<string, QippPlan> qipp)
    {
        foreach (var cluster in context.England.PctClusters)
        {
            WritePctAssurance(context, cluster, ratings);
        }
        for (var i = 0; i < context.England.ShaClusters.Count; i++)
        {
            WriteSignOff(context, context.England.ShaClusters[i], SignOffMeetings[i % SignOffMeetings.Count], i, ratings, qipp);
        }
    }

    private static void WritePctAssurance(SampleContext context, SamplePctCluster cluster, RatingBook ratings)
    {
        var code = cluster.Organisation.Code;
        var random = context.Random("pct-assurance", code);
        var id = "PA-" + code;
        var overall = ratings.Rag(Submissions.April, code, context.Reference.Domains[0].Code);
        var outcome = overall switch { "green" => "assured", "amber" => "assured-with-conditions", _ => "not-assured" };
        var meeting = Weekday(new DateOnly(2012, 4, 10).AddDays(random.Between(0, 9)));
        var letter = Weekday(meeting.AddDays(random.Between(2, 4)));
        var signatory = context.England.Contact(cluster.ShaCluster.Code, "chief-executive");
        var concerns = context.Reference.Domains.Skip(1)
            .Select(d => (Domain: d, Rag: ratings.Rag(Submissions.April, code, d.Code)))
            .Where(x => x.Rag != "green")
            .OrderBy(x => x.Rag == "red" ? 0 : 1)
            .ToList();
        var summary = overall switch
        {
            "green" => $"The SHA cluster is assured that the integrated plan of {cluster.Organisation.Name} meets the requirements of the NHS Operating Framework 2012/13.",
            "amber" => $"The SHA cluster is assured that the integrated plan of {cluster.Organisation.Name} is sound, subject to the actions below on {Words.Number(concerns.Count)} domains rated amber or red.",
            _ => $"The SHA cluster is not assured that the integrated plan of {cluster.Organisation.Name} is deliverable. The conditions below must be met before the plan can be assured.",
        };
        // Evidence on amber domains is due at the quarter 1 review itself, so the review date and the actions' date agree.
        var review = overall == "green" ? new DateOnly(2012, 7, 19) : new DateOnly(2012, 6, 21);
        context.Tables.Decision.Add(id, "pct-assurance", Submissions.April, code, cluster.ShaCluster.Code, signatory.Id, meeting, letter,
            string.Create(CultureInfo.InvariantCulture, $"{cluster.ShaCluster.Code}/IP1213/{code}"), outcome, overall, summary, review);

        var chief = context.England.Contact(code, "chief-executive");
        var owner = $"{chief.Name}, Chief Executive, {cluster.Organisation.Name}";
        var position = 0;
        // One condition for the red domains and one action for the amber ones, each naming its domains, rather than
        // a near-identical line per domain.
        var red = concerns.Where(c => c.Rag == "red").Select(c => c.Domain.Name).ToList();
        var amber = concerns.Where(c => c.Rag != "red").Select(c => c.Domain.Name).ToList();
        if (red.Count > 0)
        {
            context.Tables.DecisionCondition.Add(id, ++position, "condition",
                $"Submit a recovery plan for the {Names.Join(red)} domain{(red.Count == 1 ? string.Empty : "s")} that addresses the issues in the SHA cluster's narrative, agreed by the cluster board.",
                owner, new DateOnly(2012, 5, 31));
        }
        if (amber.Count > 0)
        {
            context.Tables.DecisionCondition.Add(id, ++position, "action",
                $"Provide evidence of progress in the {Names.Join(amber)} domain{(amber.Count == 1 ? string.Empty : "s")} at the quarter 1 review.",
                owner, review);
        }

        var risks = concerns.Select(c => ratings.Risk(code, c.Domain.Code)).Where(r => r is not null).Take(3).ToList();
        for (var i = 0; i < risks.Count; i++)
        {
            context.Tables.DecisionRisk.Add(id, i + 1, risks[i]!.Value.Risk, risks[i]!.Value.Mitigation);
        }
    }

    private static void WriteSignOff(SampleContext context, SampleOrganisation shaCluster, DateOnly meeting, int index, RatingBook ratings, IReadOnlyDictionary<string, QippPlan> qipp)
    {
        var gaps = context.Gaps;
        var clusters = context.England.ClustersOf(shaCluster).ToList();
        var codes = clusters.Select(c => c.Organisation.Code).ToHashSet(StringComparer.Ordinal);
        var id = "DH-" + shaCluster.Code;
        var overarching = context.Reference.Domains[0].Code;
        var overall = clusters.Select(c => ratings.Rag(Submissions.April, c.Organisation.Code, overarching)).ToList();
        var reds = overall.Count(r => r == "red");
        var greens = overall.Count(r => r == "green");
        // The region's RAG: red if over a quarter of its clusters are red, green if at least half are green and none red.
        var regionRag = reds * 4 > overall.Count ? "red" : reds == 0 && greens * 2 >= overall.Count ? "green" : "amber";

        var trajectoryGap = clusters.Any(c => c.Pcts.Any(p => p.Code == gaps.MissingTrajectoryPct.Code));
        var milestoneGaps = new[] { gaps.FourProgrammesCluster, gaps.LowKeyShareCluster, gaps.EverydayMilestoneCluster, gaps.MissingExpectationCluster }
            .Where(c => codes.Contains(c.Code)).ToList();
        var narrativeGaps = new[] { gaps.MissingRatingCluster, gaps.NoKeyRisksCluster }.Where(c => codes.Contains(c.Code)).ToList();
        var allAssured = !trajectoryGap && milestoneGaps.Count == 0 && narrativeGaps.Count == 0;

        var signatory = context.England.Contact(context.England.Dh.Code, "signatory");
        // Neutral wording: the letter quotes it in David Flory's voice, summaries in the third person.
        var summary = $"The sign-off meeting on {Names.LongDate(meeting)} looked back at 2011/12 and reviewed the 2012/13 plans of the {shaCluster.Name}'s "
            + $"{Words.Number(clusters.Count)} PCT clusters ({greens} green, {overall.Count(r => r == "amber")} amber and {reds} red overall). "
            + (allAssured ? "All four parts of the submission are assured." : "The submission is assured subject to the conditions below.");
        context.Tables.Decision.Add(id, "dh-signoff", Submissions.April, shaCluster.Code, context.England.Dh.Code, signatory.Id, meeting,
            Weekday(meeting.AddDays(7)), string.Create(CultureInfo.InvariantCulture, $"{17480 + (index * 7)}"),
            allAssured ? "assured" : "assured-with-conditions", regionRag, summary, new DateOnly(2012, 7, 26));

        DecisionPart(context, id, 1, "Trajectories for all PCTs", !trajectoryGap,
            trajectoryGap ? $"{gaps.MissingTrajectoryPct.Name} has no trajectory for {gaps.MissingTrajectoryIndicator.Name}." : "Trajectories submitted for every PCT and relevant indicator.");
        DecisionPart(context, id, 2, "PCT cluster QIPP and reform milestones", milestoneGaps.Count == 0,
            milestoneGaps.Count == 0 ? "Milestones cover the key QIPP programmes and the Annex 2 national minimum expectations." : $"Milestones to be revised for {Names.Join(milestoneGaps.Select(c => c.Name))}.");
        DecisionPart(context, id, 3, "SHA cluster transition milestones", true, "Transition milestones cover the transfer of every SHA function by 31 March 2013.");
        DecisionPart(context, id, 4, "Assurance narrative and RAG ratings", narrativeGaps.Count == 0,
            narrativeGaps.Count == 0 ? "Every PCT cluster is rated on all 13 domains, with key risks and mitigating action." : $"Ratings or key risks incomplete for {Names.Join(narrativeGaps.Select(c => c.Name))}.");

        var chief = context.England.Contact(shaCluster.Code, "chief-executive");
        var owner = $"{chief.Name}, Chief Executive, {shaCluster.Name}";
        var position = 0;
        if (trajectoryGap)
        {
            context.Tables.DecisionCondition.Add(id, ++position, "condition",
                $"Submit the missing {gaps.MissingTrajectoryIndicator.Name} trajectory for {gaps.MissingTrajectoryPct.Name}.", owner, new DateOnly(2012, 5, 31));
        }
        foreach (var cluster in milestoneGaps)
        {
            context.Tables.DecisionCondition.Add(id, ++position, "condition",
                $"Resubmit the QIPP and reform milestones of {cluster.Name} in line with section 4 and Annex 2.", owner, new DateOnly(2012, 5, 31));
        }
        foreach (var cluster in narrativeGaps)
        {
            context.Tables.DecisionCondition.Add(id, ++position, "condition",
                $"Complete the RAG narrative for {cluster.Name}, with a rating, key risks and mitigating action for every domain.", owner, new DateOnly(2012, 5, 31));
        }
        var changed = clusters.Count(c => qipp[c.Organisation.Code].PlannedSavings(Submissions.January, "2012/13") != qipp[c.Organisation.Code].PlannedSavings(Submissions.April, "2012/13"));
        if (changed > 0)
        {
            context.Tables.DecisionCondition.Add(id, ++position, "action",
                $"Confirm to the Performance Delivery Team the board approval of the changed QIPP savings of {Words.Number(changed)} PCT clusters.",
                $"{context.England.Contact(shaCluster.Code, "director-of-finance").Name}, Director of Finance, {shaCluster.Name}", new DateOnly(2012, 6, 15));
        }
        var assurance = context.England.Contact(shaCluster.Code, "assurance-lead");
        context.Tables.DecisionCondition.Add(id, ++position, "action",
            "Report progress against the agreed milestones to DH monthly, with the SHA cluster's quarterly commentary.",
            $"{assurance.Name}, {assurance.JobTitle}, {shaCluster.Name}", new DateOnly(2012, 6, 15));

        var weakest = context.Reference.Domains.Skip(1)
            .Select(d => (Domain: d, Score: clusters.Sum(c => ratings.Rag(Submissions.April, c.Organisation.Code, d.Code) switch { "red" => 3, "amber" => 1, _ => 0 })))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Domain.Code, StringComparer.Ordinal).Take(3).ToList();
        for (var i = 0; i < weakest.Count; i++)
        {
            // The risk as the PCT cluster rated worst on the domain recorded it, so the letter names where it lies.
            var domain = weakest[i].Domain.Code;
            var worst = clusters
                .OrderByDescending(c => ratings.Rag(Submissions.April, c.Organisation.Code, domain) switch { "red" => 2, "amber" => 1, _ => 0 })
                .ThenBy(c => c.Organisation.Name, StringComparer.Ordinal)
                .Select(c => ratings.Risk(c.Organisation.Code, domain))
                .FirstOrDefault(r => r is not null);
            var (risk, mitigation) = worst
                ?? throw new InvalidOperationException($"no PCT cluster of {shaCluster.Name} recorded a key risk for '{domain}'");
            context.Tables.DecisionRisk.Add(id, i + 1, $"{weakest[i].Domain.Name}: {LowerFirst(risk)}", mitigation);
        }
    }

    private static void DecisionPart(SampleContext context, string id, int position, string part, bool assured, string comment) =>
        context.Tables.DecisionPart.Add(id, position, part, assured ? 1 : 0, comment);

    // "Provider development: an aspirant trust…", but "QIPP savings…" keeps its capitals.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
