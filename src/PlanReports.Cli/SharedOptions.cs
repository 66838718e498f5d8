using System.CommandLine;

namespace PlanReports.Cli;

/// <summary>The options every command accepts, declared once on the root and inherited by subcommands.</summary>
internal sealed class SharedOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The SQLite store file",
        DefaultValueFactory = _ => Path.Combine("output", "planreports.db"),
        Recursive = true,
    };

    public Option<string> Out { get; } = new("--out")
    {
        Description = "The folder documents are written to",
        DefaultValueFactory = _ => "output",
        Recursive = true,
    };

    public Option<string> Data { get; } = new("--data")
    {
        Description = "The data folder: reference/ (YAML) and sample/ (CSV)",
        DefaultValueFactory = _ => "data",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Db, Out, Data];
}
