using System.Data;
using Dapper;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.RagNarrativePack;

/// <summary>Fills a RAG narrative pack from the store: one per PCT cluster; the regional bundle reuses it.</summary>
internal sealed class RagNarrativePackSource(IDbConnection connection)
{
    private static readonly string[] QippYears = ["2012/13", "2013/14", "2014/15"];

    /// <summary>Every PCT cluster.</summary>
    public IReadOnlyList<Organisation> Targets() => new OrganisationLookup(connection).AllOfType("pct-cluster");

    /// <summary>The pack for one PCT cluster on the latest rated submission.</summary>
    public RagNarrativePackModel Load(string clusterCode)
    {
        var submissions = new SubmissionLookup(connection);
        return Load(clusterCode, submissions.LatestRated(submissions.LatestRound("integrated-plan")));
    }

    /// <summary>The pack for one PCT cluster on a given submission.</summary>
    public RagNarrativePackModel Load(string clusterCode, Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var organisations = new OrganisationLookup(connection);
        var cluster = organisations.Get(clusterCode);
        var pcts = organisations.Children(clusterCode, "pct");
        var questions = connection.Query<(string DomainCode, string Text)>(
                "SELECT domain_code, text FROM assurance_question ORDER BY domain_code, number")
            .ToLookup(q => q.DomainCode, q => q.Text);
        var domains = new RatingQuery(connection).ForCluster(submission.Code, clusterCode)
            .Select(a => new DomainNarrative(a, questions[a.Domain.Code].ToList(), submission))
            .ToList();

        var trajectories = new TrajectoryQuery(connection).ForPcts(submission.Code, pcts).ToLookup(t => t.Pct.Code);
        var standards = IndicatorStandardQuery.All(connection);
        var names = connection.Query<(string Code, string Name)>("SELECT code, name FROM indicator").ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        var monthly = MonthlyTrajectories.ForPcts(connection, submission.Code, pcts.Select(p => (p.Code, p.Name)).ToList());
        var perPct = pcts.Select(p =>
            {
                var against = trajectories[p.Code].Where(t => standards.Contains(t.IndicatorCode)).ToList();
                return new PctTrajectories(
                    p,
                    against,
                    against.GroupBy(t => t.IndicatorCode)
                        .SelectMany(g => StandardCheck.For(names[g.Key], g.ToList(), standards[g.Key].ToList()))
                        .ToList(),
                    trajectories[p.Code].Where(t => !standards.Contains(t.IndicatorCode)).ToList(),
                    monthly[p.Code].ToList());
            })
            .ToList();

        var milestones = new MilestoneQuery(connection);
        var qippMilestones = milestones.For(submission.Code, [clusterCode], "qipp").ToLookup(m => m.QippProgrammeCode);
        var programmes = connection.Query<ProgrammeRow>(
                """
                SELECT code AS Code, name AS Name, end_state AS EndState, savings_2012_13_k AS S1, savings_2013_14_k AS S2,
                       savings_2014_15_k AS S3, quality_impact AS QualityImpact, activity_impact AS ActivityImpact,
                       workforce_impact AS WorkforceImpact, kpi AS Kpi
                FROM qipp_programme WHERE submission_code = @submission AND organisation_code = @clusterCode ORDER BY name, code
                """,
                new { submission = submission.Code, clusterCode })
            .Select(r => new QippProgramme(
                r.Code, r.Name, r.EndState, r.S1, r.S2, r.S3, r.QualityImpact, r.ActivityImpact, r.WorkforceImpact, r.Kpi,
                qippMilestones[r.Code].ToList()))
            .ToList();
        var planned = connection.Query<(string Year, double AmountK)>(
                "SELECT year, amount_k FROM planned_savings WHERE submission_code = @submission AND organisation_code = @clusterCode",
                new { submission = submission.Code, clusterCode })
            .ToDictionary(p => p.Year, p => p.AmountK);
        var years = QippYears
            .Select(y => new QippYear(y, programmes.Sum(p => p.SavingsK(y)), planned.TryGetValue(y, out var k) ? k : null))
            .ToList();

        return new RagNarrativePackModel(
            cluster,
            organisations.AncestorOfType(cluster, "sha-cluster"),
            pcts,
            submission,
            domains,
            perPct,
            programmes,
            years,
            milestones.For(submission.Code, [clusterCode], "reform"),
            RatingHistory(clusterCode, submission, domains.Select(d => d.Assessment).ToList()));
    }

    /// <summary>This submission's ratings, after the earlier submissions of the round that rated the cluster at all.</summary>
    private List<SubmissionRatings> RatingHistory(string clusterCode, Submission submission, IReadOnlyList<DomainAssessment> current)
    {
        var ratings = new RatingQuery(connection);
        var history = new List<SubmissionRatings>();
        foreach (var earlier in new SubmissionLookup(connection).ForRound(submission.RoundCode).TakeWhile(s => s.Code != submission.Code))
        {
            var assessments = ratings.ForCluster(earlier.Code, clusterCode);
            if (assessments.Any(a => a.Rag is not null))
            {
                history.Add(new SubmissionRatings(earlier, assessments));
            }
        }

        history.Add(new SubmissionRatings(submission, current));
        return history;
    }

    private sealed class ProgrammeRow
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string EndState { get; init; } = "";
        public double S1 { get; init; }
        public double S2 { get; init; }
        public double S3 { get; init; }
        public string? QualityImpact { get; init; }
        public string? ActivityImpact { get; init; }
        public string? WorkforceImpact { get; init; }
        public string? Kpi { get; init; }
    }
}
