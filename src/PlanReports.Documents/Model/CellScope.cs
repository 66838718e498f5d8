namespace PlanReports.Documents.Model;

/// <summary>Whether a cell is a data cell or a header for a column or a row.</summary>
public enum CellScope
{
    None,
    Column,
    Row,
}
