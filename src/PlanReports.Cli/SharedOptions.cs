using System.CommandLine;

namespace PlanReports.Cli;

/// <summary>
/// The options every command accepts, declared once on the root and inherited by subcommands, so --db means the
/// same store to init, import, build, render and verify.
/// </summary>
internal sealed class SharedOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file, or a PostgreSQL URL (postgres://user@host:5432/db) or connection string (Host=...;Database=...); default $PLANREPORTS_DB, else output/planreports.db",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PLANREPORTS_DB") is { Length: > 0 } db ? db : Path.Combine("output", "planreports.db"),
        Recursive = true,
    };

    /// <summary>
    /// Where documents go. Not inherited by every command: <c>sample --out</c> names where CSV files go, so only
    /// the commands that render or check documents add this one.
    /// </summary>
    public Option<string> Out { get; } = new("--out")
    {
        Description = "The folder documents and manifest.json are written to",
        DefaultValueFactory = _ => "output",
    };

    public Option<string> Data { get; } = new("--data")
    {
        Description = "The data folder: reference/ (YAML) and sample/ (CSV)",
        DefaultValueFactory = _ => "data",
        Recursive = true,
    };

    public Option<string> Reportdefs { get; } = new("--reportdefs")
    {
        Description = "The report definitions folder",
        DefaultValueFactory = _ => "reportdefs",
        Recursive = true,
    };

    public Option<int> Jobs { get; } = new("--jobs")
    {
        Description = "Documents rendered at once (default: the number of cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Recursive = true,
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Render every document, even those whose inputs have not changed",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Db, Data, Reportdefs, Jobs, Force];
}
