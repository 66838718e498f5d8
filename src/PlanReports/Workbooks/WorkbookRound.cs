using System.Data.Common;
using System.Globalization;

namespace PlanReports.Workbooks;

/// <summary>The round and submission a workbook is for, read from the store.</summary>
/// <param name="RoundCode">e.g. <c>2012-13</c>.</param>
/// <param name="RoundName">e.g. <c>Integrated plans 2012/13</c>.</param>
/// <param name="Starts">The round's first day.</param>
/// <param name="Ends">The round's last day.</param>
/// <param name="SubmissionCode">The submission the workbook fills.</param>
/// <param name="SubmissionName">Its name.</param>
/// <param name="DueOn">When it is due.</param>
internal sealed record WorkbookRound(string RoundCode, string RoundName, DateOnly Starts, DateOnly Ends, string SubmissionCode, string SubmissionName, DateOnly DueOn)
{
    /// <summary>
    /// The round's last submission (by due date): the one a template is filled in for. With <paramref name="submission"/>
    /// given (an imported workbook names its own), that one.
    /// </summary>
    public static WorkbookRound? Find(DbConnection connection, string roundCode, string? submission = null)
    {
        var rows = StoreRows.Query(connection,
            """
            SELECT r.code, r.name, r.starts_on, r.ends_on, s.code, s.name, s.due_on
            FROM planning_round r JOIN submission s ON s.round_code = r.code
            WHERE r.code = @round AND (@submission = '' OR s.code = @submission)
            ORDER BY s.due_on DESC, s.code DESC LIMIT 1
            """,
            ("@round", roundCode), ("@submission", submission ?? string.Empty));
        if (rows.Count == 0)
        {
            return null;
        }

        var r = rows[0];
        return new WorkbookRound((string)r[0]!, (string)r[1]!, Date(r[2]), Date(r[3]), (string)r[4]!, (string)r[5]!, Date(r[6]));
    }

    /// <summary>The round a submission belongs to, or null.</summary>
    public static string? RoundOf(DbConnection connection, string submission) =>
        StoreRows.Texts(connection, "SELECT round_code FROM submission WHERE code = @code", ("@code", submission)).FirstOrDefault();

    private static DateOnly Date(object? value) => DateOnly.ParseExact((string)value!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
