namespace PlanReports.Reference;

/// <summary>An entry of the menu of possible local metrics (003 Annex I ¶42).</summary>
/// <param name="Code">A stable code assigned by PlanReports ("ascof-1a").</param>
/// <param name="Framework">The outcomes framework it is selected from, as the table heads it.</param>
/// <param name="Reference">The framework's own reference ("2.6i").</param>
/// <param name="Name">The metric, word for word.</param>
/// <param name="Polarity">Which direction is an improvement (assigned by PlanReports).</param>
public sealed record BcfLocalMetricOption(string Code, string Framework, string Reference, string Name, Polarity Polarity);
