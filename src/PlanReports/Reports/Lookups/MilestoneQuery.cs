using System.Data;
using Dapper;
using PlanReports.Store;

namespace PlanReports.Reports.Lookups;

/// <summary>Milestones with their latest monthly status; every family reads milestone status through this class.</summary>
internal sealed class MilestoneQuery(IDbConnection connection)
{
    /// <summary>The milestones of these organisations in one submission and category, in due order.</summary>
    public IReadOnlyList<MilestoneStatus> For(string submissionCode, IReadOnlyCollection<string> organisationCodes, string category)
    {
        var parameters = new DynamicParameters(new { submissionCode, category });
        var organisations = SqlList.In("organisation", organisationCodes, parameters);
        return connection.Query<Row>(
                $"""
                SELECT m.code AS Code, m.organisation_code AS OrganisationCode, m.category AS Category,
                       m.qipp_programme_code AS QippProgrammeCode, m.national_milestone_code AS NationalMilestoneCode,
                       o.name AS OwnerName, m.title AS Title, m.end_state AS EndState, m.due_quarter AS DueQuarter,
                       p.status AS Status, p.month AS StatusMonth, p.commentary AS Commentary
                FROM milestone m
                JOIN organisation o ON o.code = m.owner_code
                LEFT JOIN milestone_progress p ON p.milestone_code = m.code
                     AND p.month = (SELECT MAX(month) FROM milestone_progress q WHERE q.milestone_code = m.code)
                WHERE m.submission_code = @submissionCode AND m.organisation_code IN {organisations} AND m.category = @category
                ORDER BY m.due_quarter, m.code
                """,
                parameters)
            .Select(r => new MilestoneStatus(
                r.Code, r.OrganisationCode, r.Category, r.QippProgrammeCode, r.NationalMilestoneCode, r.OwnerName, r.Title,
                r.EndState, r.DueQuarter, r.Status, r.StatusMonth, r.Commentary))
            .ToList();
    }

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string OrganisationCode { get; init; } = "";
        public string Category { get; init; } = "";
        public string? QippProgrammeCode { get; init; }
        public string? NationalMilestoneCode { get; init; }
        public string OwnerName { get; init; } = "";
        public string Title { get; init; } = "";
        public string? EndState { get; init; }
        public string DueQuarter { get; init; } = "";
        public string? Status { get; init; }
        public string? StatusMonth { get; init; }
        public string? Commentary { get; init; }
    }
}
