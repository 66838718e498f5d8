namespace PlanReports.Reference;

/// <summary>A section of the Annex 6 public health checklist.</summary>
/// <param name="Code">A stable code assigned by PlanReports.</param>
/// <param name="Title">The section title, word for word.</param>
/// <param name="Prompts">Its prompts in seed order, each with its sub-prompts.</param>
public sealed record PublicHealthChecklistSection(string Code, string Title, IReadOnlyList<PublicHealthPrompt> Prompts);
