using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary>A test component whose data is missing, as a real one would fail on an incomplete view model.</summary>
internal sealed class FailingComponent : IComponent
{
    public string Name => "trajectory-table";

    public IReadOnlyList<Block> Build(ComponentContext context) =>
        throw new InvalidOperationException("the view model has no trajectories");
}
