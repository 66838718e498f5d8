namespace PlanReports.Store;

/// <summary>The store's schema cannot be brought up to date: a migration changed after it was applied, or is misnamed.</summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the error with a message that says which migration and what to do.</summary>
    public MigrationException(string message)
        : base(message)
    {
    }
}
