using System.Globalization;

namespace PlanReports.Reference;

/// <summary>
/// Reads <c>public-health-checklist.yaml</c>. Codes are positions ("3", "3.2", "3.2.a"): the annex is fixed, so
/// its order is a stable key and the file does not have to repeat it.
/// </summary>
internal static class PublicHealthChecklistReader
{
    public static PublicHealthChecklist Read(YamlMap root)
    {
        var sectionNumber = 0;
        var sections = root.RequiredList("sections", "checklist section", section =>
        {
            var code = (++sectionNumber).ToString(CultureInfo.InvariantCulture);
            var promptNumber = 0;
            var prompts = section.RequiredList("prompts", "checklist prompt", prompt =>
            {
                var promptCode = $"{code}.{++promptNumber}";
                var subPrompts = prompt.OptionalStrings("sub_prompts")
                    .Select((text, index) => new PublicHealthSubPrompt($"{promptCode}.{(char)('a' + index)}", text))
                    .ToList();
                return new PublicHealthPrompt(promptCode, prompt.RequiredString("text"), subPrompts);
            });
            return new PublicHealthChecklistSection(code, section.RequiredString("title"), prompts);
        });
        return new PublicHealthChecklist(root.RequiredString("introduction"), sections);
    }
}
