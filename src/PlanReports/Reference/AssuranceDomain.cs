namespace PlanReports.Reference;

/// <summary>One of the 13 key domains of the RAG narrative template (000 §5), in template order.</summary>
/// <param name="Order">1 to 13, the template's order.</param>
/// <param name="Code">A stable code assigned by PlanReports, for example "overarching".</param>
/// <param name="Name">The domain as the seed lists it ("Commissioning development – CCGs").</param>
/// <param name="Group">"Transition and reform" for the six sub-domains the seed groups under it; null otherwise.</param>
/// <param name="TemplateRowLabel">The row label of the template, word for word.</param>
/// <param name="RequiredParts">The template parts each PCT cluster's return must give for this domain.</param>
public sealed record AssuranceDomain(
    int Order,
    string Code,
    string Name,
    string? Group,
    string TemplateRowLabel,
    IReadOnlyList<AssurancePart> RequiredParts);
