namespace PlanReports.Workbooks;

/// <summary>One input sheet of a written template.</summary>
/// <param name="Name">The sheet's name.</param>
/// <param name="Table">The store table it fills.</param>
/// <param name="Rows">The rows pre-filled (or listed for the organisation to fill).</param>
public sealed record TemplateSheet(string Name, string Table, int Rows);
