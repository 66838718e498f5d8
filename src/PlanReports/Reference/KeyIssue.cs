namespace PlanReports.Reference;

/// <summary>An Annex 4 key issue with the Operating Framework's requirements for it.</summary>
/// <param name="Code">A stable code assigned by PlanReports.</param>
/// <param name="Title">The Annex 4 heading, word for word.</param>
/// <param name="Paragraphs">The requirements: each paragraph with the bullets listed under it.</param>
public sealed record KeyIssue(string Code, string Title, IReadOnlyList<TextItem> Paragraphs);
