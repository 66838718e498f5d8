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
            // YamlDotNet reports a repeated mapping key as a syntax error too; both read as "malformed YAML".
            var rule = error.InnerException is ArgumentException
                ? $"malformed YAML: a key appears twice in the same mapping ({error.InnerException.Message})"
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
