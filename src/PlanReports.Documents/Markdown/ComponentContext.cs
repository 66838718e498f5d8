using PlanReports.Documents.Model;

namespace PlanReports.Documents.Markdown;

/// <summary>What a component is given to build its blocks.</summary>
/// <param name="Name">The component name as written in the template.</param>
/// <param name="Arguments">The key=value arguments after the name, sorted by key (ordinal).</param>
/// <param name="Model">The report's view model, as passed to <see cref="MarkdownConverter.Convert"/>.</param>
/// <param name="Source">The report, template and line of the container.</param>
public sealed record ComponentContext(
    string Name,
    IReadOnlyDictionary<string, string> Arguments,
    object? Model,
    SourceRef Source);
