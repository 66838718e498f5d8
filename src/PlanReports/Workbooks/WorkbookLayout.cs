namespace PlanReports.Workbooks;

/// <summary>
/// Everything a workbook holds, built from the store: who it is for, the round, the instructions, the sheets and
/// the lists. The writer turns it into SpreadsheetML; the reader rebuilds it from the store to know the sheets'
/// columns and rules.
/// </summary>
/// <param name="Kind">PCT cluster plan or BCF plan.</param>
/// <param name="Title">The workbook's title.</param>
/// <param name="OrganisationCode">The organisation that fills it in.</param>
/// <param name="OrganisationName">Its name.</param>
/// <param name="SubmissionCode">The submission it is for.</param>
/// <param name="SubmissionName">The submission's name and due date, as shown.</param>
/// <param name="DueOn">The submission's due date (also the workbook's fixed created and modified dates).</param>
/// <param name="RoundName">The planning round's name.</param>
/// <param name="RoundStarts">The first date a date cell may hold.</param>
/// <param name="RoundEnds">The last date a date cell may hold.</param>
/// <param name="Instructions">The numbered instructions on the first sheet.</param>
/// <param name="Sheets">The sheets after the instructions.</param>
/// <param name="Lists">The lists the validations use.</param>
/// <param name="Illustrative">True unless every dataset row of the store says its data is real: the workbook then says so.</param>
internal sealed record WorkbookLayout(
    WorkbookKind Kind,
    string Title,
    string OrganisationCode,
    string OrganisationName,
    string SubmissionCode,
    string SubmissionName,
    DateOnly DueOn,
    string RoundName,
    DateOnly RoundStarts,
    DateOnly RoundEnds,
    IReadOnlyList<string> Instructions,
    IReadOnlyList<WorkbookSheet> Sheets,
    IReadOnlyList<WorkbookList> Lists,
    bool Illustrative = true)
{
    /// <summary>The name of the first sheet.</summary>
    public const string InstructionsSheet = "Instructions";

    /// <summary>The name of the last sheet.</summary>
    public const string ListsSheet = "Lists";

    /// <summary>Defined name of the cell holding the organisation code.</summary>
    public const string OrganisationCell = "Workbook_Organisation";

    /// <summary>Defined name of the cell holding the submission code.</summary>
    public const string SubmissionCell = "Workbook_Submission";

    /// <summary>Defined name of the cell holding the kind.</summary>
    public const string KindCell = "Workbook_Kind";
}
