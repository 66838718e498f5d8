using Dapper;
using Microsoft.Data.Sqlite;

namespace PlanReports.Validation;

/// <summary>An open store connection and the organisations and submissions every rule needs.</summary>
internal sealed class ValidationContext
{
    public ValidationContext(SqliteConnection connection)
    {
        Connection = connection;
        Organisations = connection
            .Query<ValidationOrganisation>("SELECT code AS Code, name AS Name, type AS Type, parent_code AS ParentCode FROM organisation ORDER BY code")
            .ToDictionary(o => o.Code, StringComparer.Ordinal);
        Submissions = connection.Query<ValidationSubmission>(
                "SELECT s.code AS Code, r.kind AS RoundKind, s.stage AS Stage FROM submission s JOIN planning_round r ON r.code = s.round_code ORDER BY s.due_on, s.code")
            .ToList();
    }

    public SqliteConnection Connection { get; }

    public IReadOnlyDictionary<string, ValidationOrganisation> Organisations { get; }

    public IReadOnlyList<ValidationSubmission> Submissions { get; }

    /// <summary>Submissions of the 2012/13 integrated-plan round(s).</summary>
    public IEnumerable<ValidationSubmission> IntegratedPlanSubmissions => Submissions.Where(s => s.RoundKind == "integrated-plan");

    public IEnumerable<ValidationOrganisation> OfType(string type) => Organisations.Values.Where(o => o.Type == type);

    /// <summary>
    /// Submissions that have rows in <paramref name="table"/>: a rule about a return applies only once that return
    /// has been made, so an empty January store is not reported as thousands of gaps.
    /// </summary>
    public IReadOnlyList<ValidationSubmission> SubmissionsWithRows(string table, IEnumerable<ValidationSubmission> candidates)
    {
        var present = Connection.Query<string>($"SELECT DISTINCT submission_code FROM {table}").ToHashSet(StringComparer.Ordinal);
        return candidates.Where(s => present.Contains(s.Code)).ToList();
    }
}
