using PlanReports.Components;

namespace PlanReports.Reports.SignoffLetter;

/// <summary>
/// Everything the DH plan sign-off letter to one SHA cluster says (seed 000 sections 1–2, seed 001 section 5).
/// Dates are ISO text ("2012-05-04") for the <c>uk_date</c> filter; missing values are empty text or empty
/// lists, which the template words plainly, never null.
/// </summary>
/// <param name="ShaClusterCode">The SHA cluster's code.</param>
/// <param name="ShaClusterName">The SHA cluster's name.</param>
/// <param name="Sender">The issuing organisation (Department of Health) for the letterhead.</param>
/// <param name="Signatory">Who signs: the decision's signatory from the store's contacts.</param>
/// <param name="Addressee">The SHA cluster's chief executive.</param>
/// <param name="Copies">Who is copied in: the DH Performance Delivery Team lead for the cluster.</param>
/// <param name="LetterDate">The date printed on the letter.</param>
/// <param name="GatewayReference">The DH Gateway reference, or empty.</param>
/// <param name="RoundName">The planning round, e.g. "Integrated planning 2012/13".</param>
/// <param name="SubmissionName">The submission signed off, e.g. "Final submission".</param>
/// <param name="SubmissionDueOn">When that submission was due.</param>
/// <param name="MeetingOn">The date of the sign-off meeting, or empty.</param>
/// <param name="Outcome">"assured", "assured-with-conditions" or "not-assured".</param>
/// <param name="OverallRag">The overall rating ("red", "amber", "green"), or empty.</param>
/// <param name="Summary">The decision's summary of the meeting.</param>
/// <param name="NextReviewOn">When DH next reviews, or empty.</param>
/// <param name="Parts">The parts of the submission and whether each was assured.</param>
/// <param name="Conditions">Conditions of the sign-off.</param>
/// <param name="Actions">Actions agreed at the meeting.</param>
/// <param name="Risks">Key risks and their mitigation.</param>
/// <param name="Trajectories">Agreed trajectories rolled up across the cluster's PCTs, for indicators with a national standard.</param>
/// <param name="PctCount">How many PCTs the cluster covers.</param>
/// <param name="MonthlyTrajectories">The monthly plans and actuals rolled up across the cluster's PCTs, for the indicators with a monthly national standard.</param>
public sealed record SignoffLetterModel(
    string ShaClusterCode,
    string ShaClusterName,
    Correspondent Sender,
    Correspondent Signatory,
    Correspondent Addressee,
    IReadOnlyList<Correspondent> Copies,
    string LetterDate,
    string GatewayReference,
    string RoundName,
    string SubmissionName,
    string SubmissionDueOn,
    string MeetingOn,
    string Outcome,
    string OverallRag,
    string Summary,
    string NextReviewOn,
    IReadOnlyList<SubmissionPart> Parts,
    IReadOnlyList<AgreedAction> Conditions,
    IReadOnlyList<AgreedAction> Actions,
    IReadOnlyList<KeyRisk> Risks,
    IReadOnlyList<TrajectoryRow> Trajectories,
    int PctCount,
    IReadOnlyList<MonthlyTrajectory> MonthlyTrajectories);
