namespace PlanReports.Reference;

/// <summary>The Annex 6 public health checklist for local use.</summary>
/// <param name="Introduction">The annex's opening paragraph, word for word.</param>
/// <param name="Sections">Its sections in seed order.</param>
public sealed record PublicHealthChecklist(string Introduction, IReadOnlyList<PublicHealthChecklistSection> Sections);
