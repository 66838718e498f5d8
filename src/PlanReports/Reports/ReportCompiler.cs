using PlanReports.Documents.Markdown;

namespace PlanReports.Reports;

/// <summary>
/// Parses and checks a report's templates before any data is read: Liquid syntax, and every component the
/// template places (scanned with <see cref="MarkdownConverter.FindComponentReferences"/>) must be registered.
/// </summary>
internal sealed class ReportCompiler(TemplateEngine engine, string reportdefsRoot, IReadOnlyCollection<string> componentNames, IReadOnlyList<IReportModelSource> sources)
{
    public const string LetterheadFile = "letterhead.md";
    public const string FooterFile = "footer.md";
    public const string NoticeFile = "illustrative-notice.md";

    public CompiledReport Compile(ReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var source = sources.FirstOrDefault(s => s.Name == definition.Model)
            ?? throw new ReportDefinitionException(Path.Combine(definition.Id, ReportDefinition.DefinitionFileName), 1,
                $"model '{definition.Model}' is not a registered view-model source");

        var files = new List<(string Name, string Content)>
        {
            ($"{definition.Id}/{ReportDefinition.DefinitionFileName}", File.ReadAllText(Path.Combine(definition.Folder, ReportDefinition.DefinitionFileName))),
        };

        var body = Load(definition, $"{definition.Id}/{ReportDefinition.TemplateFileName}", definition.TemplatePath, files);
        var letterhead = definition.Letterhead ? LoadShared(definition, LetterheadFile, files) : null;
        var footer = LoadShared(definition, FooterFile, files);
        var notice = LoadShared(definition, NoticeFile, files);

        // Included partials are read by Fluid at render time; hashing every shared file keeps incremental builds
        // honest whichever partials a template includes.
        var shared = Path.Combine(reportdefsRoot, TemplateEngine.SharedFolder);
        foreach (var partial in Directory.GetFiles(shared, "*.md").Order(StringComparer.Ordinal))
        {
            files.Add(($"{TemplateEngine.SharedFolder}/{Path.GetFileName(partial)}", File.ReadAllText(partial)));
        }

        return new CompiledReport(definition, source, body, letterhead, footer, notice, InputHash.OfFiles(files));
    }

    private ParsedTemplate LoadShared(ReportDefinition definition, string file, List<(string, string)> files) =>
        Load(definition, $"{TemplateEngine.SharedFolder}/{file}", Path.Combine(reportdefsRoot, TemplateEngine.SharedFolder, file), files);

    private ParsedTemplate Load(ReportDefinition definition, string shown, string path, List<(string, string)> files)
    {
        if (!File.Exists(path))
        {
            throw new ReportTemplateException(definition.Id, shown, 1, $"the file reportdefs/{shown} is missing");
        }

        var text = File.ReadAllText(path);
        files.Add((shown, text));
        var parsed = engine.Parse(definition.Id, shown, text);
        foreach (var reference in MarkdownConverter.FindComponentReferences(text))
        {
            if (!componentNames.Contains(reference.Name))
            {
                throw new ReportTemplateException(definition.Id, shown, reference.Line,
                    $"unknown component '{reference.Name}'; known components: {string.Join(", ", componentNames.Order(StringComparer.Ordinal))}");
            }
        }

        return parsed;
    }
}
