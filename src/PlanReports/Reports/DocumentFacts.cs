namespace PlanReports.Reports;

/// <summary>What a document says about itself, taken from the data (never the clock).</summary>
/// <param name="Author">The issuing organisation, e.g. "Department of Health".</param>
/// <param name="Subject">One line on what the document is about.</param>
/// <param name="Date">The document's date as the data records it.</param>
/// <param name="Reference">A formal reference such as a Gateway reference, or null.</param>
/// <param name="ReferenceLabel">What the reference is called where it is printed (the footer): "Gateway reference" for
/// a Department of Health letter, plain "Reference" for an SHA cluster's or NHS England's.</param>
public sealed record DocumentFacts(string Author, string Subject, DateOnly Date, string? Reference, string ReferenceLabel = "Reference");
