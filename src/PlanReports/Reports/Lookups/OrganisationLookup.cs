using System.Data;
using Dapper;

namespace PlanReports.Reports.Lookups;

/// <summary>
/// Organisations, their parents, children and links. Every family reads organisations through this one class, so
/// a name or address is the same in every document.
/// </summary>
internal sealed class OrganisationLookup(IDbConnection connection)
{
    private const string Columns =
        "o.code AS Code, o.name AS Name, o.type AS Type, o.address AS Address, o.postcode AS Postcode, o.parent_code AS ParentCode";

    /// <summary>The organisation with this code.</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this code.</exception>
    public Organisation Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"The store holds no organisation with code '{code}'.");

    /// <summary>The organisation with this code, or null.</summary>
    public Organisation? Find(string code) =>
        connection.Query<Row>($"SELECT {Columns} FROM organisation o WHERE o.code = @code", new { code })
            .Select(ToOrganisation).SingleOrDefault();

    /// <summary>The nearest ancestor of the given type (for a PCT cluster: its SHA cluster).</summary>
    /// <exception cref="InvalidOperationException">No ancestor has that type.</exception>
    public Organisation AncestorOfType(Organisation organisation, string type)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        for (var code = organisation.ParentCode; code is not null;)
        {
            var parent = Get(code);
            if (parent.Type == type)
            {
                return parent;
            }

            code = parent.ParentCode;
        }

        throw new InvalidOperationException(
            $"{organisation.Name} ({organisation.Code}) has no {type} above it in the organisation table.");
    }

    /// <summary>The direct children of an organisation of one type, in name order.</summary>
    public IReadOnlyList<Organisation> Children(string parentCode, string type) =>
        connection.Query<Row>(
                $"SELECT {Columns} FROM organisation o WHERE o.parent_code = @parentCode AND o.type = @type ORDER BY o.name, o.code",
                new { parentCode, type })
            .Select(ToOrganisation).ToList();

    /// <summary>Every organisation of one type, in name order.</summary>
    public IReadOnlyList<Organisation> AllOfType(string type) =>
        connection.Query<Row>($"SELECT {Columns} FROM organisation o WHERE o.type = @type ORDER BY o.name, o.code", new { type })
            .Select(ToOrganisation).ToList();

    /// <summary>Organisations linked from this one by a relation (an HWB's councils, a PCT cluster's local authorities).</summary>
    public IReadOnlyList<Organisation> Linked(string fromCode, string relation) =>
        connection.Query<Row>(
                $"""
                SELECT {Columns} FROM organisation_link l JOIN organisation o ON o.code = l.to_code
                WHERE l.from_code = @fromCode AND l.relation = @relation ORDER BY o.name, o.code
                """,
                new { fromCode, relation })
            .Select(ToOrganisation).ToList();

    /// <summary>The contact holding a role at an organisation, or null when none is recorded.</summary>
    public Contact? Contact(string organisationCode, string roleKey) =>
        connection.Query<Contact>(
                """
                SELECT id AS Id, organisation_code AS OrganisationCode, role_key AS RoleKey, name AS Name,
                       job_title AS JobTitle, salutation AS Salutation, email AS Email
                FROM contact WHERE organisation_code = @organisationCode AND role_key = @roleKey ORDER BY id LIMIT 1
                """,
                new { organisationCode, roleKey })
            .SingleOrDefault();

    /// <summary>The contact with this id.</summary>
    /// <exception cref="KeyNotFoundException">No contact has this id.</exception>
    public Contact ContactById(string id) =>
        connection.Query<Contact>(
                """
                SELECT id AS Id, organisation_code AS OrganisationCode, role_key AS RoleKey, name AS Name,
                       job_title AS JobTitle, salutation AS Salutation, email AS Email
                FROM contact WHERE id = @id
                """,
                new { id })
            .SingleOrDefault() ?? throw new KeyNotFoundException($"The store holds no contact with id '{id}'.");

    private static Organisation ToOrganisation(Row row) => new(
        row.Code,
        row.Name,
        row.Type,
        string.IsNullOrWhiteSpace(row.Address) ? [] : row.Address.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        row.Postcode,
        row.ParentCode);

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public string? Address { get; init; }
        public string? Postcode { get; init; }
        public string? ParentCode { get; init; }
    }
}
