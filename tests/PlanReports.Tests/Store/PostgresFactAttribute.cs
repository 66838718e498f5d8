namespace PlanReports.Tests.Store;

/// <summary>A test that needs the PostgreSQL server: skipped, with the reason, only where <see cref="TestPostgres"/> has none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
