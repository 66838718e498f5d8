namespace PlanReports.Reference;

/// <summary>An SHA cluster and its DH Performance Delivery Team lead (000, table of SHA clusters and PDT contacts).</summary>
/// <param name="Code">A stable code assigned by PlanReports.</param>
/// <param name="Name">The cluster as 000 names it.</param>
/// <param name="PdtLead">The lead PDT contact.</param>
/// <param name="PdtLeadEmail">The e-mail address as 000 gives it.</param>
/// <param name="LocalAreaTeams">How many NHS Commissioning Board local area teams 004 gives the region.</param>
public sealed record SeedShaCluster(string Code, string Name, string PdtLead, string PdtLeadEmail, int LocalAreaTeams);
