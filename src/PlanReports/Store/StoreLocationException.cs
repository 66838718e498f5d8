namespace PlanReports.Store;

/// <summary>The <c>--db</c> value looks like a PostgreSQL URL or connection string but cannot be read as one.</summary>
public sealed class StoreLocationException : Exception
{
    /// <summary>Names the value and what is wrong with it.</summary>
    public StoreLocationException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
