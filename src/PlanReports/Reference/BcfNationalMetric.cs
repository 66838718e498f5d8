namespace PlanReports.Reference;

/// <summary>One of the five Better Care Fund national metrics (003 Annex I ¶36 and ¶39).</summary>
/// <param name="Code">A stable code assigned by PlanReports ("delayed-transfers").</param>
/// <param name="Name">The metric as the ¶39 payment table names it.</param>
/// <param name="MeasuresHeading">The heading in the "Better Care Fund measures" table at the head of Annex I.</param>
/// <param name="MeasuresName">The measure's name in that table.</param>
/// <param name="April2015PaymentPeriod">"April 2015 payment based on performance in", as stated ("N/A" included).</param>
/// <param name="October2015PaymentPeriod">"October 2015 payment based on performance in", as stated.</param>
/// <param name="Polarity">Which direction is an improvement (assigned by PlanReports).</param>
public sealed record BcfNationalMetric(
    string Code,
    string Name,
    string MeasuresHeading,
    string MeasuresName,
    string April2015PaymentPeriod,
    string October2015PaymentPeriod,
    Polarity Polarity);
