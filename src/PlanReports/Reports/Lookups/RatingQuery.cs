using System.Data;
using Dapper;
using PlanReports.Store;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// The one query every document reads domain ratings through (letter, pack, bundle, regional summary), so a rating
/// shown in one is the rating shown in the others.
/// </summary>
internal sealed class RatingQuery(IDbConnection connection)
{
    /// <summary>The 13 domains in the seed's order.</summary>
    public IReadOnlyList<AssuranceDomain> Domains() =>
        connection.Query<DomainRow>(
                "SELECT code AS Code, position AS Position, name AS Name, group_name AS GroupName, label AS Label FROM assurance_domain ORDER BY position")
            .Select(r => new AssuranceDomain(r.Code, r.Position, r.Name, r.GroupName, r.Label)).ToList();

    /// <summary>Every domain, in order, with this PCT cluster's rating in this submission where one exists.</summary>
    public IReadOnlyList<DomainAssessment> ForCluster(string submissionCode, string clusterCode) =>
        ForClusters(submissionCode, [clusterCode])[clusterCode];

    /// <summary>Every domain, in order, for each of several PCT clusters (one query for a whole region).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DomainAssessment>> ForClusters(
        string submissionCode, IReadOnlyCollection<string> clusterCodes)
    {
        var domains = Domains();
        var parameters = new DynamicParameters(new { submissionCode });
        var clusters = SqlList.In("cluster", clusterCodes, parameters);
        var ratings = connection.Query<RatingRow>(
                $"""
                SELECT organisation_code AS OrganisationCode, domain_code AS DomainCode, rag AS Rag, commentary AS Commentary,
                       key_risks AS KeyRisks, mitigating_action AS MitigatingAction
                FROM domain_rating WHERE submission_code = @submissionCode AND organisation_code IN {clusters}
                """,
                parameters)
            .ToDictionary(r => (r.OrganisationCode, r.DomainCode));
        return clusterCodes.ToDictionary(
            c => c,
            c => (IReadOnlyList<DomainAssessment>)domains.Select(d => ratings.TryGetValue((c, d.Code), out var r)
                    ? new DomainAssessment(d, Rag.Of(r.Rag), r.Commentary, Blank(r.KeyRisks), Blank(r.MitigatingAction))
                    : new DomainAssessment(d, null, null, null, null))
                .ToList());
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private sealed class DomainRow
    {
        public string Code { get; init; } = "";
        public int Position { get; init; }
        public string Name { get; init; } = "";
        public string? GroupName { get; init; }
        public string Label { get; init; } = "";
    }

    private sealed class RatingRow
    {
        public string OrganisationCode { get; init; } = "";
        public string DomainCode { get; init; } = "";
        public string Rag { get; init; } = "";
        public string Commentary { get; init; } = "";
        public string? KeyRisks { get; init; }
        public string? MitigatingAction { get; init; }
    }
}
