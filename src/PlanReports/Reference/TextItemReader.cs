using YamlDotNet.RepresentationModel;

namespace PlanReports.Reference;

/// <summary>
/// Reads a <see cref="TextItem"/>: plain text for a bare bullet, or a mapping with <c>text</c>, an optional
/// <c>label</c> and optional <c>items</c> under it.
/// </summary>
internal static class TextItemReader
{
    public static IReadOnlyList<TextItem> List(YamlMap owner, string key, bool required) =>
        owner.MixedList(key, required, node => Read(owner, node, key));

    private static TextItem Read(YamlMap owner, YamlNode node, string key)
    {
        if (node is YamlScalarNode)
        {
            return new TextItem(null, owner.ScalarItem(node, key), []);
        }

        var map = owner.Child(node, key, "text item");
        var item = new TextItem(map.OptionalString("label"), map.RequiredString("text"), List(map, "items", required: false));
        map.EnsureNoUnknownFields();
        return item;
    }
}
