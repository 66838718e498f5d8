namespace PlanReports.Cli;

/// <summary>The exit codes every command uses (README: 0 clean, 1 findings or failed documents, 2 bad usage or rejected input).</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int BadInput = 2;

    /// <summary>Clean when validation found nothing, else findings (warnings count: they are for a person to look at).</summary>
    public static int For(PlanReports.Validation.ValidationReport report) => report.IsClean ? Clean : Findings;
}
