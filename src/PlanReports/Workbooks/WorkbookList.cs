namespace PlanReports.Workbooks;

/// <summary>A list of allowed values, a column of the Lists sheet with a defined name the validations refer to.</summary>
/// <param name="Name">The defined name, e.g. <c>List_Rag</c>.</param>
/// <param name="Heading">The column heading on the Lists sheet.</param>
/// <param name="Values">The values, in order.</param>
internal sealed record WorkbookList(string Name, string Heading, IReadOnlyList<string> Values);
