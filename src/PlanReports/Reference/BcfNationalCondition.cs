namespace PlanReports.Reference;

/// <summary>One of the six Better Care Fund national conditions (003 Annex I ¶31).</summary>
/// <param name="Number">1 to 6, the seed's table order.</param>
/// <param name="Code">A stable code assigned by PlanReports ("plans-jointly-agreed").</param>
/// <param name="Condition">The condition, word for word.</param>
/// <param name="Definition">Its definition: paragraphs, with any list under a paragraph as its items.</param>
public sealed record BcfNationalCondition(int Number, string Code, string Condition, IReadOnlyList<TextItem> Definition);
