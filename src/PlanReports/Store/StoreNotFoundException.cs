namespace PlanReports.Store;

/// <summary>The store file does not exist: run <c>planreports init</c> (or <c>build</c>) first.</summary>
public sealed class StoreNotFoundException : Exception
{
    /// <summary>Names the missing store file.</summary>
    public StoreNotFoundException(string path)
        : base($"No store at {path}: run 'planreports init' first (or 'planreports build').")
    {
        StorePath = path;
    }

    /// <summary>The path that was looked for.</summary>
    public string StorePath { get; }
}
