namespace PlanReports.Store;

/// <summary>What <see cref="PlanStore.Initialise"/> did.</summary>
/// <param name="Applied">The migrations applied now, in order (empty when the store was up to date).</param>
/// <param name="Version">The schema version after initialisation.</param>
public sealed record MigrationReport(IReadOnlyList<string> Applied, int Version);
