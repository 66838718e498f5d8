using PlanReports.Store;
using System.Data;
using Dapper;
using PlanReports.Components;

namespace PlanReports.Reports.SignoffLetter;

/// <summary>
/// The view model of the DH plan sign-off letter: one per SHA cluster, from the cluster's 'dh-signoff' decision
/// (the latest submission signed off), its parts, conditions, actions and risks, the signatory and addressee
/// from the contacts, and the cluster's PCT trajectories against national standards.
/// </summary>
public sealed class SignoffLetterSource : IReportModelSource
{
    /// <inheritdoc />
    public string Name => "signoff-letter";

    /// <inheritdoc />
    public IReadOnlyList<ReportTarget> ListTargets(IDbConnection store, ReportDefinition report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return OrganisationTargets.OfType(store, report.TargetOrganisationType);
    }

    /// <inheritdoc />
    public ReportModel Load(IDbConnection store, ReportTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var code = target.OrganisationCode;
        var decision = store.QueryFirstOrDefault<DecisionRow>(
            """
            SELECT d.id AS Id, d.submission_code AS SubmissionCode, d.issuer_code AS IssuerCode, d.signatory_id AS SignatoryId,
                   d.meeting_on AS MeetingOn, d.letter_on AS LetterOn, d.reference AS Reference, d.outcome AS Outcome,
                   d.overall_rag AS OverallRag, d.summary AS Summary, d.next_review_on AS NextReviewOn,
                   s.name AS SubmissionName, s.due_on AS SubmissionDueOn, r.name AS RoundName
            FROM decision d
            JOIN submission s ON s.code = d.submission_code
            JOIN planning_round r ON r.code = s.round_code
            WHERE d.kind = 'dh-signoff' AND d.subject_code = @code
            ORDER BY s.due_on DESC, d.id
            """,
            new { code })
            ?? throw new InvalidOperationException(
                $"The store records no DH sign-off decision (decision kind 'dh-signoff') for SHA cluster {code} {target.OrganisationName}, so there is no letter to write.");

        var signatory = CorrespondentQueries.ById(store, decision.SignatoryId)
            ?? throw new InvalidOperationException($"Decision {decision.Id} names signatory '{decision.SignatoryId}', who is not in the store's contacts.");
        var addressee = CorrespondentQueries.ByRole(store, code, "chief-executive") switch
        {
            [var only, ..] => only,
            [] => throw new InvalidOperationException(
                $"The store has no chief executive (contact role 'chief-executive') for SHA cluster {code} {target.OrganisationName}, so the letter has no addressee."),
        };

        var actions = store.Query<(long Position, string Kind, string Text, string Owner, string DueOn)>(
                "SELECT position, kind, text, owner, due_on FROM decision_condition WHERE decision_id = @Id ORDER BY position", new { decision.Id })
            .ToList();
        var model = new SignoffLetterModel(
            code,
            target.OrganisationName,
            CorrespondentQueries.Organisation(store, decision.IssuerCode),
            signatory,
            addressee,
            CorrespondentQueries.ByRole(store, code, "pdt-lead"),
            decision.LetterOn,
            decision.Reference ?? string.Empty,
            decision.RoundName,
            decision.SubmissionName,
            decision.SubmissionDueOn,
            decision.MeetingOn ?? string.Empty,
            decision.Outcome,
            decision.OverallRag ?? string.Empty,
            decision.Summary,
            decision.NextReviewOn ?? string.Empty,
            store.Query<(long Position, string Part, long Assured, string? Comment)>(
                    "SELECT position, part, assured, comment FROM decision_part WHERE decision_id = @Id ORDER BY position", new { decision.Id })
                .Select(p => new SubmissionPart((int)p.Position, p.Part, p.Assured == 1, p.Comment ?? string.Empty))
                .ToList(),
            actions.Where(a => a.Kind == "condition").Select(a => new AgreedAction((int)a.Position, a.Text, a.Owner, a.DueOn)).ToList(),
            actions.Where(a => a.Kind == "action").Select(a => new AgreedAction((int)a.Position, a.Text, a.Owner, a.DueOn)).ToList(),
            store.Query<(long Position, string Risk, string Mitigation)>(
                    "SELECT position, risk, mitigation FROM decision_risk WHERE decision_id = @Id ORDER BY position", new { decision.Id })
                .Select(r => new KeyRisk((int)r.Position, r.Risk, r.Mitigation))
                .ToList(),
            TrajectoryRollUp.ForArea(store, code, decision.SubmissionCode),
            store.ExecuteScalar<int>(
                """
                WITH RECURSIVE area(code) AS (SELECT code FROM organisation WHERE code = @code UNION ALL SELECT o.code FROM organisation o JOIN area a ON o.parent_code = a.code)
                SELECT COUNT(*) FROM organisation o JOIN area a ON a.code = o.code WHERE o.type = 'pct'
                """,
                new { code }),
            MonthlyTrajectories.ForArea(store, code, target.OrganisationName, decision.SubmissionCode));

        var facts = new DocumentFacts(
            model.Sender.Organisation,
            $"{decision.RoundName}: sign-off of the {target.OrganisationName} plans",
            DateOnly.ParseExact(decision.LetterOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            decision.Reference,
            "Gateway reference");
        return new ReportModel(target, facts, model);
    }

    private sealed record DecisionRow(
        string Id, string SubmissionCode, string IssuerCode, string SignatoryId, string? MeetingOn, string LetterOn,
        string? Reference, string Outcome, string? OverallRag, string Summary, string? NextReviewOn,
        string SubmissionName, string SubmissionDueOn, string RoundName);
}
