using System.Data.Common;

namespace PlanReports.Workbooks;

/// <summary>Chooses and builds the workbook an organisation fills in: a PCT cluster's plan or a board's BCF plan.</summary>
internal static class WorkbookTemplates
{
    private const string PctRound = "2012-13";
    private const string BcfRound = "bcf-2014-16";

    /// <summary>
    /// The layout for <paramref name="organisation"/> in <paramref name="roundCode"/> (default: the round its kind
    /// of workbook belongs to), for the round's last submission or, given, <paramref name="submission"/>.
    /// </summary>
    /// <exception cref="WorkbookTemplateException">The organisation is unknown, fills in no workbook, or the round does not fit.</exception>
    public static WorkbookLayout Build(DbConnection connection, string organisation, string? roundCode, string? submission = null)
    {
        var found = StoreRows.Query(connection, "SELECT name, type FROM organisation WHERE code = @code", ("@code", organisation));
        if (found.Count == 0)
        {
            throw new WorkbookTemplateException($"no organisation '{organisation}' in the store");
        }

        var (name, type) = ((string)found[0][0]!, (string)found[0][1]!);
        var (kind, defaultRound) = type switch
        {
            "pct-cluster" => (WorkbookKind.PctClusterPlan, PctRound),
            "hwb" => (WorkbookKind.BcfPlan, BcfRound),
            _ => throw new WorkbookTemplateException(
                $"'{organisation}' is a {type}; templates are for PCT clusters (plan {PctRound}) and health and wellbeing boards (BCF plan {BcfRound})"),
        };

        var code = roundCode ?? defaultRound;
        if (code != defaultRound)
        {
            throw new WorkbookTemplateException($"a {type} fills in the workbook of round '{defaultRound}', not '{code}'");
        }

        var round = WorkbookRound.Find(connection, code, submission)
            ?? throw new WorkbookTemplateException(submission is null
                ? $"round '{code}' has no submission in the store; import the reference data first"
                : $"submission '{submission}' is not part of round '{code}'");
        var layout = kind == WorkbookKind.PctClusterPlan
            ? PctClusterWorkbook.Build(connection, organisation, name, round)
            : BcfPlanWorkbook.Build(connection, organisation, name, round);

        // As the documents do: the store is real only when every dataset row says so.
        var flags = StoreRows.Query(connection, "SELECT illustrative FROM dataset");
        return layout with { Illustrative = flags.Count == 0 || flags.Any(f => (long)f[0]! != 0) };
    }
}
