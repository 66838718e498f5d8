namespace PlanReports.Docx.Rendering;

/// <summary>Where a paragraph sits in a numbered or bulleted list (w:numPr): its level and the list's numbering id.</summary>
internal sealed record ListPlace(int Level, int NumberingId);
