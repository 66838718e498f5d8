using Dapper;
using System.Data.Common;

namespace PlanReports.Validation;

/// <summary>An open store connection and the organisations and submissions every rule needs.</summary>
internal sealed class ValidationContext
{
    public ValidationContext(DbConnection connection)
    {
        Connection = connection;
        Organisations = connection
            .Query<ValidationOrganisation>("SELECT code AS Code, name AS Name, type AS Type, parent_code AS ParentCode FROM organisation ORDER BY code")
            .ToDictionary(o => o.Code, StringComparer.Ordinal);
        Submissions = connection.Query<ValidationSubmission>(
                "SELECT s.code AS Code, r.kind AS RoundKind, s.stage AS Stage FROM submission s JOIN planning_round r ON r.code = s.round_code ORDER BY s.due_on, s.code")
            .ToList();
    }

    private ValidationContext(DbConnection connection, ValidationContext shared)
    {
        Connection = connection;
        Organisations = shared.Organisations;
        Submissions = shared.Submissions;
    }

    public DbConnection Connection { get; }

    public IReadOnlyDictionary<string, ValidationOrganisation> Organisations { get; }

    public IReadOnlyList<ValidationSubmission> Submissions { get; }

    /// <summary>The same organisations and submissions, queried further through <paramref name="connection"/> (a rule's own, when rules run side by side).</summary>
    public ValidationContext On(DbConnection connection) => new(connection, this);

    /// <summary>Submissions of the 2012/13 integrated-plan round(s).</summary>
    public IEnumerable<ValidationSubmission> IntegratedPlanSubmissions => Submissions.Where(s => s.RoundKind == "integrated-plan");

    public IEnumerable<ValidationOrganisation> OfType(string type) => Organisations.Values.Where(o => o.Type == type);

    /// <summary>
    /// The integrated-plan submissions that have been made: those with any row of the plan's returns (ratings,
    /// trajectories, QIPP programmes, milestones). Rules about a return apply to every submission made, so a
    /// submission that lacks one whole return is reported, while a store holding only January is not reported
    /// as missing all of April.
    /// </summary>
    public IReadOnlyList<ValidationSubmission> MadeIntegratedPlanSubmissions()
    {
        var made = Connection.Query<string>(
                """
                SELECT submission_code FROM domain_rating UNION SELECT submission_code FROM trajectory
                UNION SELECT submission_code FROM qipp_programme UNION SELECT submission_code FROM milestone
                """)
            .ToHashSet(StringComparer.Ordinal);
        return IntegratedPlanSubmissions.Where(s => made.Contains(s.Code)).ToList();
    }
}
