using System.CommandLine;
using System.Text;
using PlanReports.Store;
using PlanReports.Validation;

namespace PlanReports.Cli.Commands;

/// <summary><c>validate [--format text|json]</c>: check the store against the seeds' rules; exit 1 when anything is found.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "text (for people) or json (stable, sorted)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Check the store against the rules in the seeds, per organisation, with severity");
        command.Options.Add(format);
        command.SetAction(parsed => CommandGuard.Run(context, parsed, () =>
        {
            StoreFile.RequireStore(parsed.GetValue(context.Options.Db)!);
            var report = new PlanValidator().Validate(new PlanStore(parsed.GetValue(context.Options.Db)!));
            Write(report, parsed.GetValue(format) == "json", context.Out);
            return ExitCodes.For(report);
        }));
        return command;
    }

    public static void Write(ValidationReport report, bool json, TextWriter output)
    {
        if (!json)
        {
            ValidationTextWriter.Write(report, output);
            return;
        }

        using var buffer = new MemoryStream();
        ValidationJsonWriter.Write(report, buffer);
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
