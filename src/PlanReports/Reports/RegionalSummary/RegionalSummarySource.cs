using System.Data;
using Dapper;
using PlanReports.Reports.Lookups;
using PlanReports.Store;

namespace PlanReports.Reports.RegionalSummary;

/// <summary>Fills the regional summary: one per SHA cluster, and one for England issued by the Department of Health.</summary>
internal sealed class RegionalSummarySource(IDbConnection connection)
{
    /// <summary>Every SHA cluster, then the Department of Health (whose summary covers England).</summary>
    public IReadOnlyList<Organisation> Targets()
    {
        var organisations = new OrganisationLookup(connection);
        return [.. organisations.AllOfType("sha-cluster"), .. organisations.AllOfType("dh")];
    }

    /// <summary>How many PCT clusters the summary issued by <paramref name="issuer"/> covers.</summary>
    public int ClustersCovered(Organisation issuer)
    {
        var organisations = new OrganisationLookup(connection);
        return Clusters(organisations, ShaClusters(organisations, issuer)).Count;
    }

    /// <summary>The summary for an SHA cluster, or for England when the code names the Department of Health.</summary>
    public RegionalSummaryModel Load(string issuerCode)
    {
        var organisations = new OrganisationLookup(connection);
        var submissions = new SubmissionLookup(connection);
        var issuer = organisations.Get(issuerCode);
        var isEngland = issuer.Type == "dh";
        if (!isEngland && issuer.Type != "sha-cluster")
        {
            throw new ArgumentException($"{issuer.Name} ({issuer.Code}) is a {issuer.Type}; a regional summary is for an SHA cluster or the Department of Health.", nameof(issuerCode));
        }

        var shaClusters = ShaClusters(organisations, issuer);
        var clusters = Clusters(organisations, shaClusters);
        var clusterCodes = clusters.Select(c => c.Cluster.Code).ToList();
        var submission = submissions.LatestRated(submissions.LatestRound("integrated-plan"));
        var ratingQuery = new RatingQuery(connection);
        var domains = ratingQuery.Domains();
        var ratings = ratingQuery.ForClusters(submission.Code, clusterCodes);
        var matrix = clusters.Select(c => new ClusterRatings(c.Cluster, c.Sha, ratings[c.Cluster.Code])).ToList();

        var pcts = clusters.SelectMany(c => organisations.Children(c.Cluster.Code, "pct").Select(p => (Pct: p, c.Cluster))).ToList();
        var clusterOfPct = pcts.ToDictionary(p => p.Pct.Code, p => p.Cluster.Name);
        var trajectories = new TrajectoryQuery(connection).ForPcts(submission.Code, pcts.Select(p => p.Pct).ToList());

        var milestones = new MilestoneQuery(connection);
        var qipp = milestones.For(submission.Code, clusterCodes, "qipp");
        var reform = milestones.For(submission.Code, clusterCodes, "reform");
        var clusterName = clusters.ToDictionary(c => c.Cluster.Code, c => c.Cluster.Name);

        var risks = matrix
            .SelectMany(row => row.Assessments
                .Where(a => a.Rag is { Severity: > 0 } && a.KeyRisks is not null)
                .Select(a => new RegionalRisk(
                    row.Cluster,
                    a.Domain,
                    a.Rag!,
                    a.KeyRisks!,
                    a.MitigatingAction ?? "No mitigating action was recorded.")))
            .OrderByDescending(r => r.Rag.Severity)
            .ThenBy(r => r.Domain.Position)
            .ThenBy(r => r.Cluster.Name, StringComparer.Ordinal)
            .ToList();

        var shaNames = shaClusters.ToDictionary(s => s.Code, s => s.Name);
        var previous = submissions.Previous(submission);

        return new RegionalSummaryModel(
            isEngland ? "England" : issuer.Name,
            issuer,
            isEngland,
            submission,
            domains,
            matrix,
            domains.Select(d => Count(d, matrix)).ToList(),
            Rollup(trajectories, IndicatorStandardQuery.All(connection), clusterOfPct),
            MilestoneStatus.StatusOrder.Cast<string?>().Append(null)
                .Select(s => new MilestoneStatusCount(MilestoneStatus.LabelOf(s), qipp.Count(m => m.Status == s), reform.Count(m => m.Status == s)))
                .ToList(),
            qipp.Concat(reform).Where(m => m.Status == "slipped")
                .Select(m => new RegionalMilestone(clusterName[m.OrganisationCode], m)).ToList(),
            risks.Take(RegionalSummaryModel.TopRiskLimit).ToList(),
            risks.Count,
            milestones.For(submission.Code, shaClusters.Select(s => s.Code).ToList(), "sha-transition")
                .Select(m => new RegionalMilestone(shaNames[m.OrganisationCode], m)).ToList(),
            shaClusters.Select(s => Narrative(submission.Code, s)).ToList(),
            previous is null ? null : Changes(previous, submission, clusters.Select(c => c.Cluster).ToList(), pcts.Select(p => p.Pct).ToList(), ratings, trajectories));
    }

    private static DomainRatingCount Count(AssuranceDomain domain, IReadOnlyList<ClusterRatings> matrix)
    {
        var rags = matrix.Select(r => r.Assessments.Single(a => a.Domain.Code == domain.Code).Rag).ToList();
        return new DomainRatingCount(
            domain,
            rags.Count(r => r == Rag.Red),
            rags.Count(r => r == Rag.Amber),
            rags.Count(r => r == Rag.Green),
            rags.Count(r => r is null));
    }

    // One row per standard, each judged on the trajectories planned against it (trajectory.standard_position).
    private List<IndicatorRollup> Rollup(
        IReadOnlyList<IndicatorTrajectory> trajectories, ILookup<string, IndicatorStandard> standards, IReadOnlyDictionary<string, string> clusterOfPct)
    {
        var names = connection.Query<(string Code, string Name)>("SELECT code, name FROM indicator").ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        return
        trajectories.Where(t => standards.Contains(t.IndicatorCode))
            .GroupBy(t => t.IndicatorCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var ofIndicator = standards[g.Key].ToList();
                return ofIndicator.Select(s =>
                {
                    var planned = g.Where(t => t.StandardPosition == s.Position).ToList();
                    return new IndicatorRollup(
                        g.Key,
                        s.Label(names[g.Key], ofIndicator.Count),
                        s.QuoteText,
                        planned.Count,
                        planned.Where(t => t.Misses.Count > 0).Select(t => new PlannedMiss(t.Pct, clusterOfPct[t.Pct.Code], t)).ToList(),
                        s.Threshold is null ? IndicatorStandard.NoFigure : planned.Count == 0 ? IndicatorStandard.NoPlan : null,
                        s.ThresholdText);
                });
            })
            .ToList();
    }

    private ShaNarrative Narrative(string submissionCode, Organisation sha)
    {
        var row = connection.Query<(string Process, string Changes, string Risks)>(
                "SELECT assurance_process, material_changes_signoff, regional_risks FROM sha_assurance_narrative WHERE submission_code = @submissionCode AND organisation_code = @code",
                new { submissionCode, code = sha.Code })
            .ToList();
        return row.Count == 0
            ? new ShaNarrative(sha, null, null, null)
            : new ShaNarrative(sha, row[0].Process, row[0].Changes, row[0].Risks);
    }

    /// <param name="ratingsNow">The clusters' ratings in <paramref name="to"/>, as the summary has read them already.</param>
    /// <param name="trajectoriesNow">The PCTs' trajectories in <paramref name="to"/>, likewise.</param>
    private SubmissionChanges? Changes(
        Submission from,
        Submission to,
        IReadOnlyList<Organisation> clusters,
        IReadOnlyList<Organisation> pcts,
        IReadOnlyDictionary<string, IReadOnlyList<DomainAssessment>> ratingsNow,
        IReadOnlyList<IndicatorTrajectory> trajectoriesNow)
    {
        var codes = clusters.Select(c => c.Code).ToList();
        var ratingQuery = new RatingQuery(connection);
        var before = ratingQuery.ForClusters(from.Code, codes);
        if (before.Values.All(list => list.All(a => a.Rag is null)))
        {
            // The region made no earlier submission to compare with.
            return null;
        }

        var after = ratingsNow;
        var ratingChanges = clusters
            .SelectMany(c => before[c.Code].Zip(after[c.Code])
                .Where(p => p.First.Rag != p.Second.Rag)
                .Select(p => new RatingChange(c, p.First.Domain, p.First.Rag, p.Second.Rag)))
            .ToList();

        var parameters = new DynamicParameters(new { from = from.Code, to = to.Code });
        var clusterList = SqlList.In("cluster", codes, parameters);
        var savings = connection.Query<(string Submission, string Cluster, string Year, double AmountK)>(
                $"SELECT submission_code, organisation_code, year, amount_k FROM planned_savings WHERE submission_code IN (@from, @to) AND organisation_code IN {clusterList}",
                parameters)
            .ToDictionary(s => (s.Submission, s.Cluster, s.Year), s => s.AmountK);
        var savingsChanges = clusters
            .SelectMany(c => new[] { "2012/13", "2013/14", "2014/15" }.Select(y => new SavingsChange(
                c,
                y,
                savings.TryGetValue((from.Code, c.Code, y), out var a) ? a : null,
                savings.TryGetValue((to.Code, c.Code, y), out var b) ? b : null)))
            .Where(s => s.FromK != s.ToK)
            .ToList();

        var trajectoryQuery = new TrajectoryQuery(connection);
        var earlier = trajectoryQuery.ForPcts(from.Code, pcts).ToDictionary(t => (t.Pct.Code, t.IndicatorCode, t.StandardPosition));
        var later = trajectoriesNow.ToDictionary(t => (t.Pct.Code, t.IndicatorCode, t.StandardPosition));
        var trajectoryChanges = earlier.Keys.Union(later.Keys)
            .Select(k => Compare(earlier.GetValueOrDefault(k), later.GetValueOrDefault(k)))
            .OfType<TrajectoryChange>()
            .OrderBy(t => t.Pct.Name, StringComparer.Ordinal)
            .ThenBy(t => t.IndicatorName, StringComparer.Ordinal)
            .ToList();

        return new SubmissionChanges(from, to, ratingChanges, savingsChanges, trajectoryChanges);
    }

    private static TrajectoryChange? Compare(IndicatorTrajectory? before, IndicatorTrajectory? after)
    {
        // Most plans are resubmitted unchanged; both lists are in period order, so that is seen without building maps.
        if (before is not null && after is not null && before.Values.SequenceEqual(after.Values))
        {
            return null;
        }

        var any = (before ?? after)!;
        var a = before?.Values.ToDictionary(v => v.Period, v => v.Value) ?? [];
        var b = after?.Values.ToDictionary(v => v.Period, v => v.Value) ?? [];
        var changed = a.Keys.Union(b.Keys)
            .Order(StringComparer.Ordinal)
            .Where(p => !a.TryGetValue(p, out var x) || !b.TryGetValue(p, out var y) || x != y)
            .ToList();
        return changed.Count == 0
            ? null
            : new TrajectoryChange(
                any.Pct,
                any.IndicatorName,
                any.Unit,
                changed.Count,
                changed[0],
                a.TryGetValue(changed[0], out var f) ? f : null,
                b.TryGetValue(changed[0], out var t) ? t : null,
                before is { HasStandard: true } ? before.Misses.Count > 0 : null,
                after is { HasStandard: true } ? after.Misses.Count > 0 : null);
    }

    /// <summary>The SHA clusters a summary covers: the issuer, or all of England's when the issuer is the Department of Health.</summary>
    private static IReadOnlyList<Organisation> ShaClusters(OrganisationLookup organisations, Organisation issuer) =>
        issuer.Type == "dh" ? organisations.AllOfType("sha-cluster") : [issuer];

    /// <summary>The PCT clusters of <paramref name="shaClusters"/>, each with its SHA cluster.</summary>
    private static List<(Organisation Cluster, Organisation Sha)> Clusters(OrganisationLookup organisations, IReadOnlyList<Organisation> shaClusters)
    {
        return shaClusters
            .SelectMany(s => organisations.Children(s.Code, "pct-cluster").Select(c => (Cluster: c, Sha: s)))
            .ToList();
    }
}
