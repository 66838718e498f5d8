namespace PlanReports.Reference;

/// <summary>Reads <c>key-issues.yaml</c>.</summary>
internal static class KeyIssuesReader
{
    public static IReadOnlyList<KeyIssue> Read(YamlMap root)
    {
        var codes = new UniqueKeys("key issue code");
        return root.RequiredList("key_issues", "key issue", map =>
        {
            var code = map.RequiredString("code");
            codes.Add(code, map);
            return new KeyIssue(code, map.RequiredString("title"), TextItemReader.List(map, "paragraphs", required: true));
        });
    }
}
