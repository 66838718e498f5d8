using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Tests.Fixtures;

/// <summary>A layout with every page kept (the renderer streams pages instead), for tests that inspect pages.</summary>
internal sealed record LaidOut(DocumentLayoutResult Result, IReadOnlyList<PageLayout> Pages)
{
    internal double PageWidth => Result.PageWidth;

    internal double PageHeight => Result.PageHeight;

    internal StructNode Root => Result.Root;

    internal IReadOnlyList<OutlineEntry> Outlines => Result.Outlines;

    internal IReadOnlyDictionary<string, Destination> Destinations => Result.Destinations;
}
