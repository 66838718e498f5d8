using System.IO.Compression;
using System.Text.RegularExpressions;
using PlanReports.Documents.Html;
using PlanReports.Docx;
using PlanReports.Pdf.Layout;

namespace PlanReports.Tests.Families.Layout;

/// <summary>
/// Every family's document opens with one H1 (its title) and never skips a heading level (PDF/UA-1 7.4.2; WCAG
/// 1.3.1), read from the PDF's structure tree as laid out, from the HTML's h1–h6 and from the DOCX's heading styles.
/// </summary>
public sealed partial class HeadingStructureTests
{
    [Theory]
    [MemberData(nameof(FamilyLayouts.Families), MemberType = typeof(FamilyLayouts))]
    public void The_pdf_structure_tree_starts_with_one_h1_and_skips_no_level(string report, string organisation)
    {
        var (layout, _) = FamilyLayouts.LayOut(FamilyLayouts.Document(report, organisation));
        var levels = new List<(int Level, string Where)>();
        void Walk(StructNode node)
        {
            if (HeadingTag().Match(node.Type) is { Success: true } m)
            {
                levels.Add((int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), node.Type));
            }

            foreach (var kid in node.Kids.OfType<StructNodeKid>())
            {
                Walk(kid.Node);
            }
        }

        Walk(layout.Root);
        AssertOutline($"{report} {organisation} PDF", levels.Select(l => l.Level).ToList());
    }

    [Theory]
    [MemberData(nameof(FamilyLayouts.Families), MemberType = typeof(FamilyLayouts))]
    public void The_html_starts_with_one_h1_and_skips_no_level(string report, string organisation)
    {
        var html = new HtmlRenderer().RenderToString(FamilyLayouts.Document(report, organisation));
        var levels = HtmlHeading().Matches(html).Select(m => m.Groups[1].Value[0] - '0').ToList();

        AssertOutline($"{report} {organisation} HTML", levels);
    }

    [Theory]
    [MemberData(nameof(FamilyLayouts.Families), MemberType = typeof(FamilyLayouts))]
    public void The_docx_starts_with_one_heading_1_and_skips_no_level(string report, string organisation)
    {
        using var output = new MemoryStream();
        new DocxRenderer().Render(FamilyLayouts.Document(report, organisation), output);
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var levels = DocxHeading().Matches(reader.ReadToEnd()).Select(m => m.Groups[1].Success ? m.Groups[1].Value[0] - '0' : 1).ToList();

        AssertOutline($"{report} {organisation} DOCX", levels);
    }

    private static void AssertOutline(string document, IReadOnlyList<int> levels)
    {
        Assert.True(levels.Count > 0, $"{document}: no headings at all");
        Assert.True(levels[0] == 1, $"{document}: the first heading is level {levels[0]}, not 1 (levels: {string.Join(" ", levels)})");
        Assert.True(levels.Count(l => l == 1) == 1, $"{document}: {levels.Count(l => l == 1)} level-1 headings (levels: {string.Join(" ", levels)})");
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{document}: heading {i + 1} is level {levels[i]} straight after level {levels[i - 1]} (levels: {string.Join(" ", levels)})");
        }
    }

    [GeneratedRegex("^H([1-6])$")]
    private static partial Regex HeadingTag();

    [GeneratedRegex("<h([1-6])[ >]")]
    private static partial Regex HtmlHeading();

    [GeneratedRegex("<w:pStyle w:val=\"(?:Heading([1-6])|Title)\"")]
    private static partial Regex DocxHeadingStyle();

    private static Regex DocxHeading() => DocxHeadingStyle();
}
