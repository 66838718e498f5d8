using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Markdown;

/// <summary>A test component that shows what it was given: its arguments and the view model, as a key-value list.</summary>
internal sealed class ArgumentsComponent(string name) : IComponent
{
    public string Name { get; } = name;

    public IReadOnlyList<Block> Build(ComponentContext context) =>
    [
        new KeyValueList(
        [
            .. context.Arguments.Select(a => new KeyValueItem(a.Key, [new TextRun(a.Value)])),
            new KeyValueItem("model", [new TextRun(context.Model?.ToString() ?? "none")]),
            new KeyValueItem("source", [new TextRun(context.Source.ToString())]),
        ]),
    ];
}
