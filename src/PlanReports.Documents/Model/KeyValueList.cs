namespace PlanReports.Documents.Model;

/// <summary>A list of labelled values ("Reference: …", "Date: …"), laid out as two aligned columns.</summary>
public sealed record KeyValueList(IReadOnlyList<KeyValueItem> Items) : Block;
