using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanReports.Reference;

/// <summary>Parses one reference file into its root mapping, turning YAML syntax errors into located rule breaks.</summary>
internal static class ReferenceYamlDocument
{
    public static YamlMap Parse(string filePath, string what)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(filePath);
            stream.Load(reader);
        }
        catch (YamlException error)
        {
            // YamlDotNet reports a key repeated in one mapping as "Duplicate key <name>"; say which rule that breaks.
            const string duplicate = "Duplicate key ";
            var rule = error.Message.StartsWith(duplicate, StringComparison.Ordinal)
                ? $"malformed YAML: the key '{error.Message[duplicate.Length..]}' appears twice in the same mapping"
                : $"malformed YAML: {error.Message}";
            throw new ReferenceDataException(filePath, (int)error.Start.Line, (int)error.Start.Column, rule, error);
        }

        if (stream.Documents.Count != 1)
        {
            throw new ReferenceDataException(filePath, null, null, $"must hold exactly one YAML document, not {stream.Documents.Count}");
        }

        var root = stream.Documents[0].RootNode;
        return root is YamlMappingNode mapping
            ? new YamlMap(filePath, mapping, what)
            : throw YamlMap.ErrorAt(filePath, root, "the file must be a mapping of fields at its top level");
    }
}
