using System.Data;
using Dapper;

namespace PlanReports.Reports;

/// <summary>The usual target list: every organisation of the report's target type, by code.</summary>
public static class OrganisationTargets
{
    /// <summary>Organisations of <paramref name="organisationType"/>, ordered by code.</summary>
    public static IReadOnlyList<ReportTarget> OfType(IDbConnection store, string organisationType) =>
        store.Query<(string Code, string Name)>(
                "SELECT code, name FROM organisation WHERE type = @organisationType ORDER BY code",
                new { organisationType })
            .Select(o => new ReportTarget(o.Code, o.Name))
            .ToList();
}
