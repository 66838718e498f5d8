using PlanReports.Import;
using PlanReports.Store;

namespace PlanReports.Cli;

/// <summary>
/// Runs a command's body and turns the failures bad input causes (a missing store, a rejected import, an
/// edited migration, an unreadable file) into a clear message and exit code 2, never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static int Run(CliContext context, Func<int> body)
    {
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
        catch (StoreNotFoundException missing)
        {
            context.Error.WriteLine(missing.Message);
            return ExitCodes.BadInput;
        }
        catch (StoreLocationException location)
        {
            context.Error.WriteLine(location.Message);
            return ExitCodes.BadInput;
        }
        catch (MigrationException migration)
        {
            context.Error.WriteLine(migration.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            context.Error.WriteLine($"planreports: {io.Message}");
            return ExitCodes.BadInput;
        }
    }
}
