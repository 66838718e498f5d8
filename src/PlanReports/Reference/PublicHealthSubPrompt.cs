namespace PlanReports.Reference;

/// <summary>An Annex 6 sub-prompt.</summary>
/// <param name="Code">Prompt code and letter ("3.2.a"), assigned by the loader.</param>
/// <param name="Text">The sub-prompt, word for word.</param>
public sealed record PublicHealthSubPrompt(string Code, string Text);
