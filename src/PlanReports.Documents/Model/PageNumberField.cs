namespace PlanReports.Documents.Model;

/// <summary>A page number resolved by the format: the current page or the total (PDF two-pass, Word PAGE/NUMPAGES fields).</summary>
public sealed record PageNumberField(PageNumberKind Kind) : Inline;
