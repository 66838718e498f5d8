namespace PlanReports.Documents.Model;

/// <summary>One labelled value.</summary>
public sealed record KeyValueItem(string Key, IReadOnlyList<Inline> Value);
