using System.Data;
using PlanReports.Components;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;
using PlanReports.Reports;
using PlanReports.Testing;

namespace PlanReports.Tests.Families;

/// <summary>
/// Builds a family's document for one organisation through the runner's own compiler and document builder, from
/// the repository's reportdefs, so tests read what a reader would (ratings, figures) out of the document itself.
/// </summary>
internal static class FamilyDocuments
{
    private static readonly string Reportdefs = RepoPaths.Combine("reportdefs");

    public static Document Build(IDbConnection store, string report, string organisationCode)
    {
        var engine = new TemplateEngine(Reportdefs);
        var compiler = new ReportCompiler(engine, Reportdefs, ReportComponents.All.Select(c => c.Name).ToList(), ReportModelSources.All);
        var compiled = compiler.Compile(ReportDefinitionLoader.Load(Path.Combine(Reportdefs, report), ReportModelSources.All.Select(s => s.Name).ToList()));
        var target = compiled.Source.ListTargets(store, compiled.Definition).Single(t => t.OrganisationCode == organisationCode);
        var model = compiled.Source.Load(store, target);
        return new DocumentBuilder(engine, new MarkdownConverter(ReportComponents.All)).Build(compiled, model, illustrative: true);
    }

    /// <summary>Every table row of the document (sections and keep-togethers opened), each as its cells' text.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(Document document) =>
        Blocks(document.Body).OfType<Table>()
            .SelectMany(t => t.HeaderRows.Concat(t.BodyRows))
            .Select(r => (IReadOnlyList<string>)r.Cells.Select(c => Text(c.Blocks)).ToList())
            .ToList();

    /// <summary>The document's running text, one block per line, badges as their words.</summary>
    public static string Text(Document document) => Text(document.Body);

    private static IEnumerable<Block> Blocks(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Section s => Blocks(s.Blocks).Prepend(b),
        KeepTogether k => Blocks(k.Blocks).Prepend(b),
        _ => [b],
    });

    private static string Text(IEnumerable<Block> blocks) => string.Join("\n", blocks.Select(b => b switch
    {
        Paragraph p => Inlines(p.Inlines),
        Heading h => Inlines(h.Inlines),
        ListBlock l => string.Join("\n", l.Items.Select(i => "- " + Text(i.Blocks))),
        Table t => string.Join("\n", t.HeaderRows.Concat(t.BodyRows).Select(r => string.Join(" | ", r.Cells.Select(c => Text(c.Blocks))))),
        Section s => Text(s.Blocks),
        KeepTogether k => Text(k.Blocks),
        _ => string.Empty,
    }));

    private static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun r => r.Text,
        Badge b => b.Text,
        Link l => Inlines(l.Inlines),
        LineBreak => " ",
        _ => string.Empty,
    }));
}
