namespace PlanReports.Reference;

/// <summary>
/// A national performance measure of the 2012/13 round (000 Annex 1 = 001 annex).
/// </summary>
/// <param name="Code">A stable code assigned by PlanReports, for example "QUAL-01".</param>
/// <param name="Name">The measure's name as the 001 annex words it.</param>
/// <param name="Group">Quality, Resources or Reform, as the seed groups it.</param>
/// <param name="Theme">The heading the seed lists it under inside its group ("Public Health", "FT pipeline"…); null where there is none.</param>
/// <param name="OutcomesFrameworkDomain">The NHS Outcomes Framework domain number, where the seed places it under one.</param>
/// <param name="IsPublicHealth">True where the seed lists it under a "Public Health" heading.</param>
/// <param name="Unit">What a value counts (assigned).</param>
/// <param name="Polarity">Which direction is better (assigned).</param>
/// <param name="Frequency">How often values are planned and reported (assigned).</param>
/// <param name="DataSource">The submission format 000 §2 names for its kind of indicator (Unify, FIMS, workforce template); null where 000 names none.</param>
/// <param name="Standards">The national standards 001 states for it; empty where it states none.</param>
public sealed record Indicator(
    string Code,
    string Name,
    IndicatorGroup Group,
    string? Theme,
    int? OutcomesFrameworkDomain,
    bool IsPublicHealth,
    IndicatorUnit Unit,
    Polarity Polarity,
    IndicatorFrequency Frequency,
    string? DataSource,
    IReadOnlyList<NationalStandard> Standards);
