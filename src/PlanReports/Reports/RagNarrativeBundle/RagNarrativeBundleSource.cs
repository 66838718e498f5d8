using System.Data;
using PlanReports.Reports.Lookups;
using PlanReports.Reports.RagNarrativePack;
using PlanReports.Reports.RegionalSummary;

namespace PlanReports.Reports.RagNarrativeBundle;

/// <summary>Fills a bundle per SHA cluster from the same pack source the single packs use, so they cannot differ.</summary>
internal sealed class RagNarrativeBundleSource(IDbConnection connection)
{
    /// <summary>Every SHA cluster.</summary>
    public IReadOnlyList<Organisation> Targets() => new OrganisationLookup(connection).AllOfType("sha-cluster");

    /// <summary>The bundle for one SHA cluster: its PCT clusters in name order.</summary>
    public RagNarrativeBundleModel Load(string shaClusterCode)
    {
        var organisations = new OrganisationLookup(connection);
        var submissions = new SubmissionLookup(connection);
        var submission = submissions.LatestRated(submissions.LatestRound("integrated-plan"));
        var packs = new RagNarrativePackSource(connection);
        var shaCluster = organisations.Get(shaClusterCode);
        var clusters = organisations.Children(shaClusterCode, "pct-cluster");
        var ratingQuery = new RatingQuery(connection);
        var ratings = ratingQuery.ForClusters(submission.Code, clusters.Select(c => c.Code).ToList());
        return new RagNarrativeBundleModel(
            shaCluster,
            submission,
            clusters.Select(c => packs.Load(c.Code, submission)).ToList(),
            ratingQuery.Domains(),
            clusters.Select(c => new ClusterRatings(c, shaCluster, ratings[c.Code])).ToList());
    }
}
