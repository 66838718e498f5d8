using System.CommandLine;
using PlanReports.Store;
using PlanReports.Workbooks;

namespace PlanReports.Cli.Commands;

/// <summary><c>template --org CODE [--round ID] --out FILE.xlsx</c>: the workbook an organisation fills in, pre-filled from the store.</summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var organisation = new Option<string>("--org") { Description = "The PCT cluster or health and wellbeing board", Required = true };
        var round = new Option<string?>("--round") { Description = "The planning round (default: 2012-13 for a PCT cluster, bcf-2014-16 for a board)" };
        var output = new Option<string>("--out") { Description = "The .xlsx file to write", Required = true };
        var command = new Command("template", "Write the Excel workbook an organisation fills in, pre-filled from the store");
        command.Options.Add(organisation);
        command.Options.Add(round);
        command.Options.Add(output);
        command.SetAction(parsed => CommandGuard.Run(context, parsed, () =>
        {
            var path = parsed.GetValue(output)!;
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                context.Error.WriteLine($"planreports: --out must name an .xlsx file, not '{path}'");
                return ExitCodes.BadInput;
            }

            StoreFile.RequireStore(parsed.GetValue(context.Options.Db)!);
            var store = new PlanStore(parsed.GetValue(context.Options.Db)!);
            try
            {
                var summary = TemplateWriter.Write(store, parsed.GetValue(organisation)!, parsed.GetValue(round), path);
                context.Out.WriteLine($"{path}: {summary.Title} ({summary.Submission})");
                foreach (var sheet in summary.Sheets)
                {
                    context.Out.WriteLine($"  {sheet.Name,-16} {sheet.Rows,5} row(s) -> {sheet.Table}");
                }

                return ExitCodes.Clean;
            }
            catch (WorkbookTemplateException exception)
            {
                context.Error.WriteLine($"planreports: {exception.Message}");
                return ExitCodes.BadInput;
            }
        }));
        return command;
    }
}
