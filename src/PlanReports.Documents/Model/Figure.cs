namespace PlanReports.Documents.Model;

/// <summary>A figure: a simple bar chart drawn by each format natively, with alternative text for readers who cannot see it.</summary>
/// <param name="AltText">What the figure shows, in words; required.</param>
/// <param name="Caption">The visible caption.</param>
/// <param name="Chart">The data drawn.</param>
public sealed record Figure(string AltText, string Caption, BarChart Chart) : Block;
