using PlanReports.Documents.Model;

namespace PlanReports.Documents.Markdown;

/// <summary>
/// A named, data-bound part of a document that a template places with a Markdig custom container
/// (<c>::: rag-matrix scope=region</c> … <c>:::</c>) and the report code builds from its view model.
/// </summary>
public interface IComponent
{
    /// <summary>The name used in templates, for example "rag-matrix".</summary>
    string Name { get; }

    /// <summary>Builds the blocks that replace the container. Throwing names the template line in the error.</summary>
    IReadOnlyList<Block> Build(ComponentContext context);
}
