namespace PlanReports.Reference;

/// <summary>The payment-for-performance element of the Better Care Fund.</summary>
/// <param name="Summary">¶33 word for word: how the £1bn is split.</param>
/// <param name="Tranches">The ¶34 table rows.</param>
/// <param name="MetricWeighting">¶44 word for word: each metric is of equal value.</param>
/// <param name="AmbitionRules">The 70% rules of ¶53–54.</param>
public sealed record BcfPaymentForPerformance(
    string Summary,
    IReadOnlyList<BcfPaymentTranche> Tranches,
    string MetricWeighting,
    IReadOnlyList<BcfAmbitionRule> AmbitionRules);
