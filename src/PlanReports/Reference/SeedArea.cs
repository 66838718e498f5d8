namespace PlanReports.Reference;

/// <summary>A row of 004 Table 2, Clinical Senate Geography – South of England.</summary>
/// <param name="Name">The area, word for word.</param>
/// <param name="PopulationThousands">"Popn (1,000s)".</param>
/// <param name="Ccgs">Number of CCGs.</param>
/// <param name="HealthAndWellbeingBoards">Number of HWBs.</param>
public sealed record SeedArea(string Name, int PopulationThousands, int Ccgs, int HealthAndWellbeingBoards);
