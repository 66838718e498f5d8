namespace PlanReports.Cli;

/// <summary>The --db file is not a usable store; the message names the file and what is wrong.</summary>
internal sealed class StoreFileException(string message) : Exception(message);
