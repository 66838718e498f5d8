namespace PlanReports.Documents.Model;

/// <summary>A run of text with emphasis.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline;
