namespace PlanReports.Reports.SignoffLetter;

/// <summary>A condition or action of the sign-off, with who owns it and when it is due (ISO date).</summary>
public sealed record AgreedAction(int Position, string Text, string Owner, string DueOn);
