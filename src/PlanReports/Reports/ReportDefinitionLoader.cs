using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanReports.Reports;

/// <summary>
/// Reads <c>reportdefs/&lt;id&gt;/report.yaml</c> strictly: every key known, every required key present, values
/// checked; any problem names the file and line.
/// </summary>
public static class ReportDefinitionLoader
{
    private static readonly string[] KnownFormats = ["pdf", "docx", "html"];

    private static readonly HashSet<string> KnownKeys =
    [
        "id", "title", "target", "model", "formats", "file_name", "orientation", "letterhead",
    ];

    /// <summary>Every report under <paramref name="reportdefsRoot"/> (folders not starting with '_'), ordered by id.</summary>
    public static IReadOnlyList<ReportDefinition> LoadAll(string reportdefsRoot, IReadOnlyCollection<string>? knownModels = null)
    {
        return Folders(reportdefsRoot)
            .Select(d => Load(d, knownModels))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The report folders under <paramref name="reportdefsRoot"/>: those holding a report.yaml whose names do not start with '_', in name order.</summary>
    public static IReadOnlyList<string> Folders(string reportdefsRoot) =>
        Directory.GetDirectories(reportdefsRoot)
            .Where(d => !Path.GetFileName(d).StartsWith('_') && File.Exists(Path.Combine(d, ReportDefinition.DefinitionFileName)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Loads the definition in <paramref name="folder"/>; when <paramref name="knownModels"/> is given, model must be one of them.</summary>
    public static ReportDefinition Load(string folder, IReadOnlyCollection<string>? knownModels = null)
    {
        var file = Path.Combine(folder, ReportDefinition.DefinitionFileName);
        var shown = Path.Combine(Path.GetFileName(folder), ReportDefinition.DefinitionFileName);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(file);
            stream.Load(reader);
            root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode m
                ? m
                : throw new ReportDefinitionException(shown, 1, "the file must hold one mapping of keys to values");
        }
        catch (YamlException e)
        {
            throw new ReportDefinitionException(shown, (int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!KnownKeys.Contains(key))
            {
                throw new ReportDefinitionException(shown, (int)keyNode.Start.Line,
                    $"unknown key '{key}'; known keys are {string.Join(", ", KnownKeys.Order(StringComparer.Ordinal))}");
            }

            values[key] = valueNode;
        }

        string Scalar(string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                throw new ReportDefinitionException(shown, 1, $"required key '{key}' is missing");
            }

            return node is YamlScalarNode { Value: { Length: > 0 } v }
                ? v
                : throw new ReportDefinitionException(shown, (int)node.Start.Line, $"'{key}' must be a non-empty text value");
        }

        var id = Scalar("id");
        if (!string.Equals(id, Path.GetFileName(folder), StringComparison.Ordinal))
        {
            throw new ReportDefinitionException(shown, (int)values["id"].Start.Line,
                $"id '{id}' must equal the folder name '{Path.GetFileName(folder)}'");
        }

        var formats = ReadFormats(shown, values);
        var orientation = Scalar("orientation") switch
        {
            "portrait" => PageOrientation.Portrait,
            "landscape" => PageOrientation.Landscape,
            var o => throw new ReportDefinitionException(shown, (int)values["orientation"].Start.Line,
                $"orientation '{o}' must be 'portrait' or 'landscape'"),
        };
        var letterhead = Scalar("letterhead") switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            var l => throw new ReportDefinitionException(shown, (int)values["letterhead"].Start.Line,
                $"letterhead '{l}' must be 'yes' or 'no'"),
        };
        var model = Scalar("model");
        if (knownModels is not null && !knownModels.Contains(model))
        {
            throw new ReportDefinitionException(shown, (int)values["model"].Start.Line,
                $"model '{model}' is not a registered view-model source; known: {string.Join(", ", knownModels.Order(StringComparer.Ordinal))}");
        }

        var pattern = Scalar("file_name");
        FileStem.CheckPattern(pattern, p => new ReportDefinitionException(shown, (int)values["file_name"].Start.Line, p));

        return new ReportDefinition(id, Scalar("title"), Scalar("target"), model, formats, pattern,
            orientation, letterhead, folder);
    }

    private static List<string> ReadFormats(string shown, Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("formats", out var node))
        {
            throw new ReportDefinitionException(shown, 1, "required key 'formats' is missing");
        }

        if (node is not YamlSequenceNode { Children.Count: > 0 } seq)
        {
            throw new ReportDefinitionException(shown, (int)node.Start.Line, "'formats' must be a list such as [pdf, docx, html]");
        }

        var formats = new List<string>();
        foreach (var item in seq.Children)
        {
            var f = (item as YamlScalarNode)?.Value ?? string.Empty;
            if (!KnownFormats.Contains(f) || formats.Contains(f))
            {
                throw new ReportDefinitionException(shown, (int)item.Start.Line,
                    $"format '{f}' must be one of pdf, docx, html, each listed once");
            }

            formats.Add(f);
        }

        return formats;
    }
}
