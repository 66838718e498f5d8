namespace PlanReports.Reports.SignoffLetter;

/// <summary>A key risk named at the sign-off meeting and how it is being mitigated.</summary>
public sealed record KeyRisk(int Position, string Risk, string Mitigation);
