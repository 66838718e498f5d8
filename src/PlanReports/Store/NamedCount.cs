namespace PlanReports.Store;

/// <summary>A count with what it counts.</summary>
public sealed record NamedCount(string Name, long Count);
