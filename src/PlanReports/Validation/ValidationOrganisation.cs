namespace PlanReports.Validation;

/// <summary>An organisation as validation names it.</summary>
public sealed record ValidationOrganisation(string Code, string Name, string Type, string? ParentCode);
