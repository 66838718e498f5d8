namespace PlanReports.Reference;

/// <summary>The Better Care Fund as Everyone Counts (seed 003) Annex I sets it.</summary>
/// <param name="NationalConditions">The six national conditions.</param>
/// <param name="NationalMetrics">The five national metrics with their payment periods.</param>
/// <param name="LocalMetricIntroduction">¶41 word for word: one additional local indicator.</param>
/// <param name="LocalMetricMenu">The ¶42 menu of possible local metrics.</param>
/// <param name="LocalAlternativeRule">¶43's lead-in word for word.</param>
/// <param name="LocalAlternativeCriteria">¶43's criteria for a local alternative, word for word.</param>
/// <param name="PaymentForPerformance">The payment-for-performance element.</param>
/// <param name="Funding">What the Fund is made of, by year.</param>
/// <param name="MinimumPoolRule">¶22 word for word: allocation letters specify only the minimum.</param>
public sealed record BetterCareFund(
    IReadOnlyList<BcfNationalCondition> NationalConditions,
    IReadOnlyList<BcfNationalMetric> NationalMetrics,
    string LocalMetricIntroduction,
    IReadOnlyList<BcfLocalMetricOption> LocalMetricMenu,
    string LocalAlternativeRule,
    IReadOnlyList<string> LocalAlternativeCriteria,
    BcfPaymentForPerformance PaymentForPerformance,
    IReadOnlyList<BcfFundingLine> Funding,
    string MinimumPoolRule);
