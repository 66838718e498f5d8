namespace PlanReports.Workbooks;

/// <summary>No workbook can be made for what was asked (an unknown organisation, one that fills in no workbook, a round that does not fit).</summary>
public sealed class WorkbookTemplateException : Exception
{
    /// <summary>Creates the exception with a message saying what to change.</summary>
    public WorkbookTemplateException(string message)
        : base(message)
    {
    }
}
