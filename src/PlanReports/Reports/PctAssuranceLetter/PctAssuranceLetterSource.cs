using System.Data;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.PctAssuranceLetter;

/// <summary>Fills the PCT cluster assurance letter from the store: one letter per PCT cluster.</summary>
internal sealed class PctAssuranceLetterSource(IDbConnection connection)
{
    /// <summary>The organisations a letter is written for: every PCT cluster.</summary>
    public IReadOnlyList<Organisation> Targets() => new OrganisationLookup(connection).AllOfType("pct-cluster");

    /// <summary>The letter to one PCT cluster.</summary>
    public PctAssuranceLetterModel Load(string clusterCode)
    {
        var organisations = new OrganisationLookup(connection);
        var submissions = new SubmissionLookup(connection);
        var cluster = organisations.Get(clusterCode);
        var sha = organisations.AncestorOfType(cluster, "sha-cluster");
        var decision = new DecisionQuery(connection).Find("pct-assurance", clusterCode);
        var submission = decision?.Submission ?? submissions.LatestRated(submissions.LatestRound("integrated-plan"));
        return new PctAssuranceLetterModel(
            cluster,
            sha,
            organisations.Contact(clusterCode, "chief-executive"),
            submission,
            decision,
            new RatingQuery(connection).ForCluster(submission.Code, clusterCode),
            LetterParties.Organisation(connection, sha),
            LetterParties.RoleHolder(connection, cluster, "chief-executive", "Chief Executive"),
            decision is null
                ? LetterParties.RoleHolder(connection, sha, "chief-executive", "Chief Executive")
                : LetterParties.Contact(connection, decision.Signatory.Id),
            TrajectoryRollUp.ForArea(connection, clusterCode, submission.Code));
    }
}
