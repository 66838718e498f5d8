namespace PlanReports.Reference;

/// <summary>An Annex 6 prompt.</summary>
/// <param name="Code">A stable code assigned by PlanReports ("PH-GOV-02"), for per-cluster status rows to link to.</param>
/// <param name="Text">The prompt, word for word.</param>
/// <param name="SubPrompts">Its sub-prompts, word for word; empty when there are none.</param>
public sealed record PublicHealthPrompt(string Code, string Text, IReadOnlyList<string> SubPrompts);
