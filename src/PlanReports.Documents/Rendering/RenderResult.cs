namespace PlanReports.Documents.Rendering;

/// <summary>What a renderer learned while writing: the page count where the format has fixed pages (PDF).</summary>
public sealed record RenderResult(int? PageCount);
