namespace PlanReports.Reference;

/// <summary>
/// A national standard exactly as the NHS Operating Framework 2012/13 (seed 001) states it. Only standards the
/// seed states are recorded; none is inferred.
/// </summary>
/// <param name="Quote">The seed's words, a contiguous extract of 001.</param>
/// <param name="Paragraph">The 001 paragraph it is quoted from, for example "2.31".</param>
/// <param name="Measure">A short label for what is measured, assigned by PlanReports to tell several standards of one indicator apart; optional.</param>
/// <param name="ThresholdPercent">The numeric threshold, in per cent, or null where 001 states a standard without a number.</param>
/// <param name="Comparison">How a value is compared with the threshold; null when there is no threshold.</param>
public sealed record NationalStandard(
    string Quote,
    string Paragraph,
    string? Measure,
    decimal? ThresholdPercent,
    StandardComparison? Comparison);
