namespace PlanReports.Documents.Model;

/// <summary>A hyperlink to a URI (https:, mailto:) or to an anchor in the same document ("#id").</summary>
public sealed record Link(string Target, IReadOnlyList<Inline> Inlines) : Inline;
