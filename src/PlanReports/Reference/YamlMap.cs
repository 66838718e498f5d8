using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PlanReports.Reference;

/// <summary>
/// Reads one YAML mapping of a reference file field by field. Every failure names the file, the line and
/// column of the offending node and the rule, and a field nobody asked for is an error too: a misspelt key in a
/// hand-edited file would otherwise be silently ignored.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public YamlMap(string filePath, YamlMappingNode node, string what)
    {
        FilePath = filePath;
        this.node = node;
        What = what;
    }

    public string FilePath { get; }

    /// <summary>What this mapping is, in words ("indicator"), for messages.</summary>
    public string What { get; }

    public int Line => (int)node.Start.Line;

    public ReferenceDataException Error(string rule) => ErrorAt(FilePath, node, rule);

    public static ReferenceDataException ErrorAt(string filePath, YamlNode at, string rule) =>
        new(filePath, (int)at.Start.Line, (int)at.Start.Column, rule);

    public string RequiredString(string key) =>
        OptionalString(key) ?? throw Error($"{What} is missing the required field '{key}'");

    public string? OptionalString(string key)
    {
        var value = Find(key);
        if (value is null)
        {
            return null;
        }

        var scalar = Scalar(value, key);
        if (scalar is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar))
        {
            throw ErrorAt(FilePath, value, $"field '{key}' of {What} must not be blank");
        }

        return scalar;
    }

    public int RequiredInt(string key) => OptionalInt(key) ?? throw Error($"{What} is missing the required field '{key}'");

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ErrorAt(FilePath, Find(key)!, $"field '{key}' of {What} must be a whole number, not '{text}'");
    }

    public decimal RequiredDecimal(string key) =>
        OptionalDecimal(key) ?? throw Error($"{What} is missing the required field '{key}'");

    public decimal? OptionalDecimal(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ErrorAt(FilePath, Find(key)!, $"field '{key}' of {What} must be a number, not '{text}'");
    }

    public bool RequiredBool(string key)
    {
        var text = RequiredString(key);
        return text switch
        {
            "true" => true,
            "false" => false,
            _ => throw ErrorAt(FilePath, Find(key)!, $"field '{key}' of {What} must be true or false, not '{text}'"),
        };
    }

    public DateOnly RequiredDate(string key) =>
        OptionalDate(key) ?? throw Error($"{What} is missing the required field '{key}'");

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw ErrorAt(FilePath, Find(key)!, $"field '{key}' of {What} must be a date written yyyy-mm-dd, not '{text}'");
    }

    public T RequiredEnum<T>(string key)
        where T : struct, Enum =>
        OptionalEnum<T>(key) ?? throw Error($"{What} is missing the required field '{key}'");

    public T? OptionalEnum<T>(string key)
        where T : struct, Enum
    {
        var text = OptionalString(key);
        return text is null ? null : YamlEnum.Parse<T>(text, FilePath, Find(key)!, $"field '{key}' of {What}");
    }

    public IReadOnlyList<T> EnumList<T>(string key)
        where T : struct, Enum =>
        Sequence(key, required: true)
            .Select(item => YamlEnum.Parse<T>(ScalarItem(item, key), FilePath, item, $"an item of '{key}' of {What}"))
            .ToList();

    public IReadOnlyList<string> RequiredStrings(string key) =>
        Sequence(key, required: true).Select(item => ScalarItem(item, key)).ToList();

    public IReadOnlyList<string> OptionalStrings(string key) =>
        Sequence(key, required: false).Select(item => ScalarItem(item, key)).ToList();

    /// <summary>A required, non-empty list of mappings, each read by <paramref name="readItem"/> and checked for unknown fields.</summary>
    public IReadOnlyList<T> RequiredList<T>(string key, string itemWhat, Func<YamlMap, T> readItem) =>
        Sequence(key, required: true).Select(item => ReadMap(item, key, itemWhat, readItem)).ToList();

    public IReadOnlyList<T> OptionalList<T>(string key, string itemWhat, Func<YamlMap, T> readItem) =>
        Sequence(key, required: false).Select(item => ReadMap(item, key, itemWhat, readItem)).ToList();

    public T RequiredMap<T>(string key, string itemWhat, Func<YamlMap, T> readItem)
    {
        var value = Find(key) ?? throw Error($"{What} is missing the required field '{key}'");
        return ReadMap(value, key, itemWhat, readItem);
    }

    /// <summary>A list whose items are either plain text or a mapping; used for text with items under it.</summary>
    public IReadOnlyList<T> MixedList<T>(string key, bool required, Func<YamlNode, T> readItem) =>
        Sequence(key, required).Select(readItem).ToList();

    public YamlMap Child(YamlNode item, string key, string itemWhat) =>
        item is YamlMappingNode mapping
            ? new YamlMap(FilePath, mapping, itemWhat)
            : throw ErrorAt(FilePath, item, $"each item of '{key}' of {What} must be a mapping of fields ({itemWhat})");

    public string ScalarItem(YamlNode item, string key) =>
        item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw ErrorAt(FilePath, item, $"each item of '{key}' of {What} must be non-blank text");

    /// <summary>Fails on the first field that no reader asked for.</summary>
    public void EnsureNoUnknownFields()
    {
        foreach (var (key, _) in node.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!read.Contains(name))
            {
                var known = string.Join(", ", read.Order(StringComparer.Ordinal));
                throw ErrorAt(FilePath, key, $"unknown field '{name}' in {What} (known fields here: {known})");
            }
        }
    }

    /// <summary>Marks a field as known without reading it (a field read by another path of the reader).</summary>
    public bool Has(string key) => Find(key) is not null;

    private T ReadMap<T>(YamlNode item, string key, string itemWhat, Func<YamlMap, T> readItem)
    {
        var child = Child(item, key, itemWhat);
        var result = readItem(child);
        child.EnsureNoUnknownFields();
        return result;
    }

    private IEnumerable<YamlNode> Sequence(string key, bool required)
    {
        var value = Find(key);
        if (value is null || value is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return required ? throw Error($"{What} is missing the required list '{key}'") : [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw ErrorAt(FilePath, value, $"field '{key}' of {What} must be a list");
        }

        if (required && sequence.Children.Count == 0)
        {
            throw ErrorAt(FilePath, value, $"list '{key}' of {What} must not be empty");
        }

        return sequence.Children;
    }

    private string? Scalar(YamlNode value, string key)
    {
        if (value is not YamlScalarNode scalar)
        {
            throw ErrorAt(FilePath, value, $"field '{key}' of {What} must be a single value, not a list or mapping");
        }

        // A plain (unquoted) null or ~ is YAML's "no value"; quoted, it is the text itself.
        var isPlain = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;
        return isPlain && scalar.Value is null or "" or "~" or "null" ? null : scalar.Value;
    }

    private YamlNode? Find(string key)
    {
        read.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }
}
