namespace PlanReports.Documents.Model;

/// <summary>Which page number a <see cref="PageNumberField"/> shows.</summary>
public enum PageNumberKind
{
    Current,
    Total,
}
