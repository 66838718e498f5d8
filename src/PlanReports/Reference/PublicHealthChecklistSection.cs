namespace PlanReports.Reference;

/// <summary>A section of the Annex 6 public health checklist.</summary>
/// <param name="Code">Its position in the annex ("3"), assigned by the loader so codes follow the seed's order.</param>
/// <param name="Title">The section title, word for word.</param>
/// <param name="Prompts">Its prompts in seed order, each with its sub-prompts.</param>
public sealed record PublicHealthChecklistSection(string Code, string Title, IReadOnlyList<PublicHealthPrompt> Prompts);
