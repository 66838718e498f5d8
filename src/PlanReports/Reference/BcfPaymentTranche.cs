namespace PlanReports.Reference;

/// <summary>A row of the payment-for-performance table (003 Annex I ¶34).</summary>
/// <param name="When">When it is paid, as stated ("April 2015").</param>
/// <param name="AmountAsStated">The amount as stated ("£250m").</param>
/// <param name="AmountMillions">The amount in millions of pounds.</param>
/// <param name="PaidFor">What it is paid for, word for word.</param>
/// <param name="PaidForItems">The items the table lists under it, word for word.</param>
/// <param name="ConditionCodes">The national conditions it depends on (codes).</param>
/// <param name="MetricCodes">The metrics it depends on (codes; "local" for the locally chosen metric).</param>
public sealed record BcfPaymentTranche(
    string When,
    string AmountAsStated,
    decimal AmountMillions,
    string PaidFor,
    IReadOnlyList<string> PaidForItems,
    IReadOnlyList<string> ConditionCodes,
    IReadOnlyList<string> MetricCodes);
