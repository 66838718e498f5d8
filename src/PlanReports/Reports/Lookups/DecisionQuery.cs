using System.Data;
using Dapper;

namespace PlanReports.Reports.Lookups;

/// <summary>Reads decisions with their parts, conditions, risks, issuer and signatory.</summary>
internal sealed class DecisionQuery(IDbConnection connection)
{
    private readonly OrganisationLookup organisations = new(connection);
    private readonly SubmissionLookup submissions = new(connection);

    /// <summary>
    /// The decision of this kind about this organisation: in the given submission when one is named, otherwise the
    /// one on the latest submission. Null when no such decision is recorded.
    /// </summary>
    public Decision? Find(string kind, string subjectCode, string? submissionCode = null)
    {
        var row = connection.Query<Row>(
                """
                SELECT d.id AS Id, d.kind AS Kind, d.submission_code AS SubmissionCode, d.subject_code AS SubjectCode,
                       d.issuer_code AS IssuerCode, d.signatory_id AS SignatoryId, d.meeting_on AS MeetingOn,
                       d.letter_on AS LetterOn, d.reference AS Reference, d.outcome AS Outcome, d.overall_rag AS OverallRag,
                       d.summary AS Summary, d.next_review_on AS NextReviewOn
                FROM decision d JOIN submission s ON s.code = d.submission_code
                WHERE d.kind = @kind AND d.subject_code = @subjectCode
                  AND (@submissionCode IS NULL OR d.submission_code = @submissionCode)
                ORDER BY s.due_on DESC LIMIT 1
                """,
                new { kind, subjectCode, submissionCode })
            .SingleOrDefault();
        if (row is null)
        {
            return null;
        }

        var parts = connection.Query<PartRow>(
                "SELECT position AS Position, part AS Part, assured AS Assured, comment AS Comment FROM decision_part WHERE decision_id = @id ORDER BY position",
                new { id = row.Id })
            .Select(p => new DecisionPart(p.Position, p.Part, p.Assured != 0, p.Comment)).ToList();
        var conditions = connection.Query<ConditionRow>(
                "SELECT position AS Position, kind AS Kind, text AS Text, owner AS Owner, due_on AS DueOn FROM decision_condition WHERE decision_id = @id ORDER BY position",
                new { id = row.Id })
            .Select(c => new DecisionCondition(c.Position, c.Kind, c.Text, c.Owner, DisplayFormat.ParseIso(c.DueOn))).ToList();
        var risks = connection.Query<RiskRow>(
                "SELECT position AS Position, risk AS Risk, mitigation AS Mitigation FROM decision_risk WHERE decision_id = @id ORDER BY position",
                new { id = row.Id })
            .Select(r => new DecisionRisk(r.Position, r.Risk, r.Mitigation)).ToList();

        return new Decision(
            row.Id,
            row.Kind,
            submissions.Get(row.SubmissionCode),
            row.SubjectCode,
            organisations.Get(row.IssuerCode),
            organisations.ContactById(row.SignatoryId),
            row.MeetingOn is null ? null : DisplayFormat.ParseIso(row.MeetingOn),
            DisplayFormat.ParseIso(row.LetterOn),
            row.Reference,
            row.Outcome,
            row.OverallRag is null ? null : Rag.Of(row.OverallRag),
            row.Summary,
            row.NextReviewOn is null ? null : DisplayFormat.ParseIso(row.NextReviewOn),
            parts,
            conditions,
            risks);
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Kind { get; init; } = "";
        public string SubmissionCode { get; init; } = "";
        public string SubjectCode { get; init; } = "";
        public string IssuerCode { get; init; } = "";
        public string SignatoryId { get; init; } = "";
        public string? MeetingOn { get; init; }
        public string LetterOn { get; init; } = "";
        public string? Reference { get; init; }
        public string Outcome { get; init; } = "";
        public string? OverallRag { get; init; }
        public string Summary { get; init; } = "";
        public string? NextReviewOn { get; init; }
    }

    private sealed class PartRow
    {
        public int Position { get; init; }
        public string Part { get; init; } = "";
        public long Assured { get; init; }
        public string? Comment { get; init; }
    }

    private sealed class ConditionRow
    {
        public int Position { get; init; }
        public string Kind { get; init; } = "";
        public string Text { get; init; } = "";
        public string Owner { get; init; } = "";
        public string DueOn { get; init; } = "";
    }

    private sealed class RiskRow
    {
        public int Position { get; init; }
        public string Risk { get; init; } = "";
        public string Mitigation { get; init; } = "";
    }
}
