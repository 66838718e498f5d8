using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>One row of seed 003's payment-for-performance table with this area's share of it.</summary>
/// <param name="PaidWhen">"April 2015" or "October 2015".</param>
/// <param name="NationalAmountText">The national amount as the seed writes it, e.g. "£250m".</param>
/// <param name="PaidFor">What it is paid for, as the seed writes it (the words before its list, if any).</param>
/// <param name="PaidForItems">The seed's list under <paramref name="PaidFor"/>, word for word; templates show it as a list.</param>
/// <param name="Share">This area's share, in whole pounds.</param>
internal sealed record PaymentShare(int Position, string PaidWhen, string NationalAmountText, string PaidFor, IReadOnlyList<string> PaidForItems, long Share)
{
    /// <summary>The share as money.</summary>
    public string ShareText => DisplayFormat.Pounds(Share);
}
