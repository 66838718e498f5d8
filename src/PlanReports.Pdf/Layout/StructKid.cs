namespace PlanReports.Pdf.Layout;

/// <summary>A child of a structure element: another element, marked content on a page, or an annotation.</summary>
internal abstract record StructKid;

/// <summary>A structure element as a child.</summary>
internal sealed record StructNodeKid(StructNode Node) : StructKid;

/// <summary>Marked content <paramref name="Mcid"/> on page <paramref name="Page"/>.</summary>
internal sealed record MarkedContentKid(int Page, int Mcid) : StructKid;

/// <summary>Link annotation <paramref name="Annotation"/> (index on its page) on page <paramref name="Page"/>.</summary>
internal sealed record AnnotationKid(int Page, int Annotation) : StructKid;
