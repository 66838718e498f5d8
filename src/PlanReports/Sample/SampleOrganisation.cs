namespace PlanReports.Sample;

/// <summary>One organisation row of the sample, with the population the generator derives figures from.</summary>
internal sealed record SampleOrganisation(
    string Code,
    string Name,
    string Type,
    string? ParentCode,
    string Address,
    string Postcode,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    int PopulationThousands);
