namespace PlanReports.Docx.Page;

/// <summary>Relationship ids of the header and footer parts written, or null where a part is not needed.</summary>
internal sealed record RunningParts(string? DefaultHeaderId, string? DefaultFooterId, string? FirstHeaderId, string? FirstFooterId);
