namespace PlanReports.Store.Schema;

/// <summary>
/// SQLite has no date type, so the schema's convention marks date columns by name: every column named
/// <c>*_on</c>, <c>*_date</c>, <c>valid_from</c>, <c>valid_to</c> or <c>action_due</c> holds an ISO date.
/// A new date column follows the convention and needs no code.
/// </summary>
internal static class DateColumns
{
    public static bool IsDate(string column) =>
        column.EndsWith("_on", StringComparison.Ordinal)
        || column.EndsWith("_date", StringComparison.Ordinal)
        || column is "valid_from" or "valid_to" or "action_due";
}
