using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace PlanReports.Tests.Reports;

/// <summary>A readable projection of a DOCX for snapshots: each paragraph with its style, tables as rows, then the headers and footers.</summary>
internal static class DocxText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Project(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        var body = Load(zip, "word/document.xml").Descendants(W + "body").Single();
        foreach (var element in body.Elements())
        {
            if (element.Name == W + "p")
            {
                text.Append('[').Append(StyleOf(element)).Append("] ").AppendLine(TextOf(element));
            }
            else if (element.Name == W + "tbl")
            {
                foreach (var row in element.Elements(W + "tr"))
                {
                    var header = row.Element(W + "trPr")?.Element(W + "tblHeader") is not null ? " (header)" : string.Empty;
                    text.Append("| ").AppendJoin(" | ", row.Elements(W + "tc").Select(c => string.Join(" / ", c.Elements(W + "p").Select(TextOf)))).Append(" |").AppendLine(header);
                }
            }
        }

        foreach (var footer in zip.Entries.Where(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal) || e.FullName.StartsWith("word/footer", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            text.Append(footer.FullName).Append(": ").AppendJoin(" / ", Load(zip, footer.FullName).Descendants(W + "p").Select(TextOf)).AppendLine();
        }

        return text.ToString();
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static string StyleOf(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value ?? "Normal";

    // Text runs, with Word fields shown by their instruction (PAGE, NUMPAGES) so page numbers are visible.
    private static string TextOf(XElement element) => string.Concat(element.Descendants()
        .Where(e => e.Name == W + "t" || e.Name == W + "instrText" || e.Name == W + "br" || e.Name == W + "tab")
        .Select(e => e.Name == W + "instrText" ? "{" + e.Value.Trim() + "}" : e.Name == W + "t" ? e.Value : " "));
}
