namespace PlanReports.Reference;

/// <summary>Rejects the second definition of a code, naming where the first one is.</summary>
internal sealed class UniqueKeys
{
    private readonly Dictionary<string, int> firstLines = new(StringComparer.Ordinal);
    private readonly string what;

    public UniqueKeys(string what)
    {
        this.what = what;
    }

    public void Add(string key, YamlMap at)
    {
        if (firstLines.TryGetValue(key, out var firstLine))
        {
            throw at.Error($"duplicate {what} '{key}': it is already defined at line {firstLine}");
        }

        firstLines.Add(key, at.Line);
    }

    public bool Contains(string key) => firstLines.ContainsKey(key);
}
