using System.Data;
using Dapper;
using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>
/// Reads a BCF plan. The plan pack and the approval letter both read conditions and payment shares through this
/// class, so the amounts in the letter are the amounts in the pack.
/// </summary>
internal sealed class BcfPlanQuery(IDbConnection connection)
{
    /// <summary>The plan's headline row, or null when the HWB has submitted no plan.</summary>
    public PlanRow? Plan(string hwbCode) =>
        connection.Query<PlanRow>(
                """
                SELECT hwb_code AS HwbCode, submission_code AS SubmissionCode, vision AS Vision, risk_sharing_approach AS RiskSharingApproach,
                       performance_pool_gbp AS PerformancePool, submitted_on AS SubmittedOn
                FROM bcf_plan WHERE hwb_code = @hwbCode
                """,
                new { hwbCode })
            .SingleOrDefault();

    /// <summary>The six national conditions in the seed's order, each with this area's status where recorded.</summary>
    public IReadOnlyList<ConditionStatus> Conditions(string hwbCode) =>
        connection.Query<ConditionRow>(
                """
                SELECT c.position AS Position, c.code AS Code, c.name AS Name, s.status AS Status, s.explanation AS Explanation,
                       c.april_2015_payment AS AprilPayment
                FROM bcf_condition c LEFT JOIN bcf_condition_status s ON s.condition_code = c.code AND s.hwb_code = @hwbCode
                ORDER BY c.position
                """,
                new { hwbCode })
            .Select(r => new ConditionStatus(r.Position, r.Code, r.Name, r.Status, string.IsNullOrWhiteSpace(r.Explanation) ? null : r.Explanation, r.AprilPayment != 0))
            .ToList();

    /// <summary>This area's payment-for-performance pool split across the seed's tranches, each with its listed items.</summary>
    public PaymentForPerformance Payments(long pool)
    {
        var items = connection.Query<(long Tranche, string Text)>(
                "SELECT tranche, text FROM bcf_payment_tranche_item ORDER BY tranche, position")
            .ToLookup(i => i.Tranche, i => i.Text);
        return PaymentForPerformance.Split(
            pool,
            connection.Query<(long Position, string PaidWhen, string AmountText, long Amount, string PaidFor)>(
                    "SELECT position, paid_when, amount_text, amount_gbp, paid_for FROM bcf_payment_tranche ORDER BY position")
                .Select(t => new PaymentTranche((int)t.Position, t.PaidWhen, t.AmountText, t.Amount, t.PaidFor, items[t.Position].ToList()))
                .ToList());
    }

    /// <summary>The headline row of a plan.</summary>
    internal sealed class PlanRow
    {
        public string HwbCode { get; init; } = "";
        public string SubmissionCode { get; init; } = "";
        public string Vision { get; init; } = "";
        public string RiskSharingApproach { get; init; } = "";
        public long PerformancePool { get; init; }
        public string SubmittedOn { get; init; } = "";
    }

    private sealed class ConditionRow
    {
        public int Position { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string? Status { get; init; }
        public string? Explanation { get; init; }
        public long AprilPayment { get; init; }
    }
}
