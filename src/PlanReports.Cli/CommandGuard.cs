using System.CommandLine;
using PlanReports.Batch;
using PlanReports.Import;
using PlanReports.Reference;
using PlanReports.Store;

namespace PlanReports.Cli;

/// <summary>
/// Runs a command's body and turns the failures bad input causes (a missing or foreign store, a rejected import,
/// reference YAML that breaks its rules, an edited migration, an output folder that is in use or read-only, an
/// unreadable file) into one line naming the path and the problem, and exit code 2; never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static int Run(CliContext context, ParseResult parsed, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        try
        {
            return body();
        }
        catch (ImportRejectedException rejected)
        {
            foreach (var error in rejected.Errors)
            {
                context.Error.WriteLine(error.ToString());
            }

            context.Error.WriteLine(rejected.Message + (rejected.Truncated ? " (checking stopped at the error limit)" : string.Empty));
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is StoreNotFoundException or StoreLocationException or MigrationException or StoreFileException or BatchUsageException or InvalidDataException
            or ReferenceDataException)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // SQLite's own words name neither the file nor what to do; the store file is what is wrong.
            var store = Path.GetFullPath(parsed.GetValue(context.Options.Db)!);
            context.Error.WriteLine(e.SqliteErrorCode switch
            {
                26 => $"{store}: is not a PlanReports store (the file is not a SQLite database); check --db.",
                1 when e.Message.Contains("no such", StringComparison.Ordinal) =>
                    $"{store}: the store lacks tables this version needs; run 'planreports init' to bring it up to date.",
                _ => $"{store}: the store cannot be used ({e.Message.Replace("SQLite Error ", "error ", StringComparison.Ordinal)}).",
            });
            return ExitCodes.BadInput;
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            context.Error.WriteLine($"planreports: {io.Message}");
            return ExitCodes.BadInput;
        }
    }
}
