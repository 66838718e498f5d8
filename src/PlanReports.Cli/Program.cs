// Entry point of the planreports command line; commands are registered in CliApplication and live in Commands/.
return PlanReports.Cli.CliApplication.Run(args, Console.Out, Console.Error);
