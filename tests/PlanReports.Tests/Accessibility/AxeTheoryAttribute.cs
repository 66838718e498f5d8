namespace PlanReports.Tests.Accessibility;

/// <summary>A theory that needs Chromium and axe-core: skipped, with the reason, only where <see cref="AxeEnvironment"/> gives one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AxeTheoryAttribute : TheoryAttribute
{
    public AxeTheoryAttribute()
    {
        if (AxeEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
