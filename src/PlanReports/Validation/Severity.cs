namespace PlanReports.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The plan breaks a requirement the seeds state ("must", "needs to").</summary>
    Error,

    /// <summary>The plan departs from an expectation the seeds state ("should", "we would expect").</summary>
    Warning,
}
