using PlanReports.Documents.Markdown;

namespace PlanReports.Components;

/// <summary>
/// The components report templates can place. A new component is a class implementing <see cref="IComponent"/>
/// in this folder, added to <see cref="All"/>; every report can then use it by name.
/// </summary>
public static class ReportComponents
{
    /// <summary>Every component, one instance each (components hold no state, so one instance serves all threads).</summary>
    public static IReadOnlyList<IComponent> All { get; } =
    [
        new AddressComponent(),
        new BcfChartComponent(),
        new ChecklistComponent(),
        new DomainRatingsComponent(),
        new LetterheadComponent(),
        new RagCountTableComponent(),
        new RagProfileChartComponent(),
        new RagMatrixComponent(),
        new RagTableComponent(),
        new SignatureComponent(),
        new TrajectoryChartComponent(),
        new TrajectoryTableComponent(),
    ];
}
