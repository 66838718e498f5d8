namespace PlanReports.Reference;

/// <summary>One of the eight Kent and Medway CCGs named in 004.</summary>
/// <param name="Code">A stable code assigned by PlanReports.</param>
/// <param name="Name">The CCG's name as 004 writes it, without "CCG" ("West Kent").</param>
/// <param name="AuthorisationWave">The authorisation wave 004 gives (2 or 4).</param>
/// <param name="AuthorisationApplication">The month 004 gives for the wave, as stated ("September 2012").</param>
public sealed record SeedCcg(string Code, string Name, int AuthorisationWave, string AuthorisationApplication);
