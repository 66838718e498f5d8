namespace PlanReports.Reports.BcfPlanPack;

/// <summary>One row of seed 003's payment-for-performance table as stored (bcf_payment_tranche and its items).</summary>
/// <param name="PaidFor">The words before the list, e.g. "Progress against four of the national conditions:".</param>
/// <param name="PaidForItems">The conditions or metrics the seed lists under it, word for word; empty when it lists none.</param>
internal sealed record PaymentTranche(int Position, string PaidWhen, string AmountText, long Amount, string PaidFor, IReadOnlyList<string> PaidForItems);
