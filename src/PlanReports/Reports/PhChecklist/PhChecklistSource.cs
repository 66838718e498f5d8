using System.Data;
using Dapper;
using PlanReports.Reports.Lookups;
using PlanReports.Store;

namespace PlanReports.Reports.PhChecklist;

/// <summary>Fills the public health checklist report: one per PCT cluster.</summary>
internal sealed class PhChecklistSource(IDbConnection connection)
{
    /// <summary>
    /// How the public health area of Annex 2 may be written in national_milestone.category: the schema's example
    /// ('Public health') and the reference YAML's key ('public-health').
    /// </summary>
    private static readonly string[] PublicHealthCategories = ["Public health", "Public Health", "public-health"];

    /// <summary>Every PCT cluster.</summary>
    public IReadOnlyList<Organisation> Targets() => new OrganisationLookup(connection).AllOfType("pct-cluster");

    /// <summary>The report for one PCT cluster on the latest rated submission.</summary>
    public PhChecklistModel Load(string clusterCode)
    {
        var organisations = new OrganisationLookup(connection);
        var submissions = new SubmissionLookup(connection);
        var submission = submissions.LatestRated(submissions.LatestRound("integrated-plan"));
        var cluster = organisations.Get(clusterCode);

        var responses = connection.Query<ResponseRow>(
                """
                SELECT item_code AS ItemCode, status AS Status, evidence AS Evidence, action AS Action,
                       action_owner AS ActionOwner, action_due AS ActionDue
                FROM ph_checklist_response WHERE submission_code = @submission AND organisation_code = @clusterCode
                """,
                new { submission = submission.Code, clusterCode })
            .ToDictionary(r => r.ItemCode, r => new ChecklistResponse(
                r.Status, Blank(r.Evidence), Blank(r.Action), Blank(r.ActionOwner), r.ActionDue is null ? null : DisplayFormat.ParseIso(r.ActionDue)));
        var items = connection.Query<ItemRow>(
                "SELECT code AS Code, parent_code AS ParentCode, level AS Level, position AS Position, text AS Text FROM ph_checklist_item ORDER BY position, code")
            .ToList();
        var children = items.ToLookup(i => i.ParentCode);
        ChecklistItem Build(ItemRow row) => new(
            row.Code, row.Level, row.Text, responses.GetValueOrDefault(row.Code), children[row.Code].Select(Build).ToList());

        var local = new MilestoneQuery(connection).For(submission.Code, [clusterCode], "reform")
            .Where(m => m.NationalMilestoneCode is not null)
            .ToLookup(m => m.NationalMilestoneCode);
        var parameters = new DynamicParameters();
        var categories = SqlList.In("category", PublicHealthCategories, parameters);

        // Milestones without a due date first, as SQLite sorts NULL (PostgreSQL would put them last).
        var milestones = connection.Query<(string Code, string Text, string DueText)>(
                $"SELECT code, text, due_text FROM national_milestone WHERE category IN {categories} ORDER BY due_date IS NOT NULL, due_date, code",
                parameters)
            .Select(n => new PublicHealthMilestone(n.Code, n.Text, n.DueText, local[n.Code].ToList()))
            .ToList();

        return new PhChecklistModel(
            cluster,
            organisations.AncestorOfType(cluster, "sha-cluster"),
            organisations.Linked(clusterCode, "works-with-local-authority"),
            submission,
            children[null].Select(Build).ToList(),
            milestones);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private sealed class ResponseRow
    {
        public string ItemCode { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Evidence { get; init; }
        public string? Action { get; init; }
        public string? ActionOwner { get; init; }
        public string? ActionDue { get; init; }
    }

    private sealed class ItemRow
    {
        public string Code { get; init; } = "";
        public string? ParentCode { get; init; }
        public string Level { get; init; } = "";
        public int Position { get; init; }
        public string Text { get; init; } = "";
    }
}
