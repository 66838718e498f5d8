namespace PlanReports.Cli;

/// <summary>Where a command writes (so tests can run commands in-process) and the options every command shares.</summary>
/// <param name="Out">Normal output: summaries and reports.</param>
/// <param name="Error">Errors and rejected input.</param>
/// <param name="Options">The shared <c>--db</c>, <c>--out</c> and <c>--data</c> options.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, SharedOptions Options);
