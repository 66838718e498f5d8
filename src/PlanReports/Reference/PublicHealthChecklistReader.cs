namespace PlanReports.Reference;

/// <summary>Reads <c>public-health-checklist.yaml</c>.</summary>
internal static class PublicHealthChecklistReader
{
    public static IReadOnlyList<PublicHealthChecklistSection> Read(YamlMap root)
    {
        var sectionCodes = new UniqueKeys("checklist section code");
        var promptCodes = new UniqueKeys("checklist prompt code");
        return root.RequiredList("sections", "checklist section", section =>
        {
            var code = section.RequiredString("code");
            sectionCodes.Add(code, section);
            var prompts = section.RequiredList("prompts", "checklist prompt", prompt =>
            {
                var promptCode = prompt.RequiredString("code");
                promptCodes.Add(promptCode, prompt);
                return new PublicHealthPrompt(promptCode, prompt.RequiredString("text"), prompt.OptionalStrings("sub_prompts"));
            });
            return new PublicHealthChecklistSection(code, section.RequiredString("title"), prompts);
        });
    }
}
