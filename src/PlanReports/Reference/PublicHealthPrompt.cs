namespace PlanReports.Reference;

/// <summary>An Annex 6 prompt.</summary>
/// <param name="Code">Section and position ("3.2"), assigned by the loader.</param>
/// <param name="Text">The prompt, word for word.</param>
/// <param name="SubPrompts">Its sub-prompts; empty when there are none.</param>
public sealed record PublicHealthPrompt(string Code, string Text, IReadOnlyList<PublicHealthSubPrompt> SubPrompts);
