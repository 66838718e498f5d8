using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanReports.Docx.Tests.Projection;

/// <summary>
/// A readable text projection of a DOCX for snapshots: core properties, section properties, each header and
/// footer, then the body: paragraphs with their style and layout flags, tables as rows of cell texts. Inline
/// marks: **bold**, _italic_, [[badge|fill]], &lt;link text -> target&gt;, {PAGE}, ↵ for a line break, → for a tab.
/// </summary>
internal static class DocxProjection
{
    public static string Project(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart ?? throw new InvalidOperationException("The package has no main document part.");
        var text = new StringBuilder();

        text.AppendLine("# properties");
        var core = word.PackageProperties;
        text.AppendLine($"title: {core.Title}");
        text.AppendLine($"creator: {core.Creator}");
        text.AppendLine($"subject: {core.Subject}");
        text.AppendLine($"keywords: {core.Keywords}");
        text.AppendLine($"identifier: {core.Identifier}");
        text.AppendLine($"language: {core.Language}");
        text.AppendLine($"created: {core.Created?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}");
        text.AppendLine($"modified: {core.Modified?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}");
        text.AppendLine($"revision: {core.Revision ?? "(none)"}");

        var body = main.Document?.Body ?? throw new InvalidOperationException("The document has no body.");
        var section = body.GetFirstChild<SectionProperties>() ?? throw new InvalidOperationException("The body has no section properties.");
        text.AppendLine();
        text.AppendLine("# section");
        var size = section.GetFirstChild<PageSize>();
        text.AppendLine($"page: {size?.Width} x {size?.Height} twips, {size?.Orient?.InnerText ?? "portrait"}");
        var margin = section.GetFirstChild<PageMargin>();
        text.AppendLine($"margins: top {margin?.Top}, right {margin?.Right}, bottom {margin?.Bottom}, left {margin?.Left}, header {margin?.Header}, footer {margin?.Footer}");
        text.AppendLine($"first page different: {(section.GetFirstChild<TitlePage>() is null ? "no" : "yes")}");

        foreach (var reference in section.Elements<HeaderReference>())
        {
            var part = (HeaderPart)main.GetPartById(reference.Id!);
            text.AppendLine();
            text.AppendLine($"# header ({reference.Type?.InnerText}) {part.Uri}");
            Blocks(text, part.Header!.ChildElements, "");
        }

        foreach (var reference in section.Elements<FooterReference>())
        {
            var part = (FooterPart)main.GetPartById(reference.Id!);
            text.AppendLine();
            text.AppendLine($"# footer ({reference.Type?.InnerText}) {part.Uri}");
            Blocks(text, part.Footer!.ChildElements, "");
        }

        text.AppendLine();
        text.AppendLine("# body");
        Blocks(text, body.ChildElements.Where(e => e is not SectionProperties), "", main);
        return text.ToString();
    }

    private static void Blocks(StringBuilder text, IEnumerable<OpenXmlElement> elements, string indent, OpenXmlPart? part = null)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    text.Append(indent).Append('[').Append(string.Join(", ", Flags(paragraph))).Append("] ").AppendLine(Inlines(paragraph, part));
                    break;
                case Table table:
                    TableLines(text, table, indent, part);
                    break;
            }
        }
    }

    private static IEnumerable<string> Flags(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        yield return properties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        if (properties?.NumberingProperties is { } numbering)
        {
            yield return $"list {numbering.NumberingId?.Val?.Value}.{numbering.NumberingLevelReference?.Val?.Value}";
        }

        if (properties?.Indentation?.Left?.Value is { } left)
        {
            yield return $"indent {left}";
        }

        if (properties?.Justification?.Val?.InnerText is { } justification)
        {
            yield return justification;
        }

        if (properties?.PageBreakBefore is not null)
        {
            yield return "page break before";
        }

        if (properties?.KeepNext is not null)
        {
            yield return "keep with next";
        }
    }

    private static string Inlines(OpenXmlElement container, OpenXmlPart? part)
    {
        var text = new StringBuilder();
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    text.Append(RunText(run));
                    break;
                case Hyperlink link:
                    var target = link.Anchor?.Value is { } anchor
                        ? "#" + anchor
                        : part?.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString();
                    text.Append('<').Append(Inlines(link, part)).Append(" -> ").Append(target).Append('>');
                    break;
                case BookmarkStart bookmark:
                    text.Append("{bookmark ").Append(bookmark.Name).Append('}');
                    break;
            }
        }

        return FoldFields(text.ToString());
    }

    private static string RunText(Run run)
    {
        var content = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    content.Append(t.Text);
                    break;
                case TabChar:
                    content.Append('→');
                    break;
                case Break br:
                    content.Append(br.Type?.Value == BreakValues.Page ? "{page break}" : "↵");
                    break;
                case FieldChar field:
                    content.Append(field.FieldCharType?.Value == FieldCharValues.Begin ? "\u0001" : field.FieldCharType?.Value == FieldCharValues.Separate ? "\u0002" : "\u0003");
                    break;
                case FieldCode code:
                    content.Append(code.Text);
                    break;
            }
        }

        var properties = run.RunProperties;
        var value = content.ToString();
        if (value.Length == 0)
        {
            return value;
        }

        if (properties?.Shading?.Fill?.Value is { } fill)
        {
            return $"[[{value.Trim('\u00A0')}|{fill} on {properties.Color?.Val?.Value}]]";
        }

        if (properties?.Italic is not null)
        {
            value = $"_{value}_";
        }

        if (properties?.Bold is not null)
        {
            value = $"**{value}**";
        }

        if (properties?.Color?.Val?.Value is { } colour)
        {
            value = $"{value}{{colour {colour}}}";
        }

        return value;
    }

    /// <summary>Shows a complex field as {INSTRUCTION=cached result}.</summary>
    private static string FoldFields(string text)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var begin = text.IndexOf('\u0001', i);
            if (begin < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            var separate = text.IndexOf('\u0002', begin);
            var end = text.IndexOf('\u0003', begin);
            result.Append(text, i, begin - i);
            result.Append('{').Append(text[(begin + 1)..separate].Trim()).Append('=').Append(text[(separate + 1)..end]).Append('}');
            i = end + 1;
        }

        return result.ToString();
    }

    private static void TableLines(StringBuilder text, Table table, string indent, OpenXmlPart? part)
    {
        var properties = table.GetFirstChild<TableProperties>();
        var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(c => c.Width?.Value) ?? [];
        text.Append(indent).Append("table ").Append(properties?.TableStyle?.Val?.Value)
            .Append(" width ").Append(properties?.TableWidth?.Width?.Value)
            .Append(" grid [").Append(string.Join(' ', grid)).Append(']');
        if (properties?.TableCaption?.Val?.Value is { } caption)
        {
            text.Append(" caption \"").Append(caption).Append('"');
        }

        if (properties?.TableDescription?.Val?.Value is { } description)
        {
            text.Append(" description \"").Append(description).Append('"');
        }

        text.AppendLine();
        foreach (var row in table.Elements<TableRow>())
        {
            var flags = new List<string>();
            if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            {
                flags.Add("header");
            }

            if (row.TableRowProperties?.GetFirstChild<CantSplit>() is not null)
            {
                flags.Add("no split");
            }

            var cells = row.Elements<TableCell>().Select(cell => CellText(cell, part));
            text.Append(indent).Append("  row").Append(flags.Count > 0 ? $" ({string.Join(", ", flags)})" : string.Empty)
                .Append(": | ").Append(string.Join(" | ", cells)).AppendLine(" |");
            foreach (var nested in row.Descendants<Table>())
            {
                TableLines(text, nested, indent + "    ", part);
            }
        }
    }

    private static string CellText(TableCell cell, OpenXmlPart? part)
    {
        var properties = cell.TableCellProperties;
        var text = string.Join(" / ", cell.Elements<Paragraph>().Select(p => Inlines(p, part)).Where(t => t.Length > 0));
        var marks = new List<string> { $"w{properties?.TableCellWidth?.Width?.Value}" };
        if (properties?.GridSpan?.Val?.Value is { } span)
        {
            marks.Add($"span {span}");
        }

        if (properties?.Shading?.Fill?.Value is { } fill)
        {
            marks.Add($"fill {fill}");
        }

        if (properties?.TableCellBorders?.RightBorder?.Val?.InnerText is { } border)
        {
            marks.Add($"right border {border}");
        }

        return $"{text} ({string.Join(", ", marks)})".TrimStart();
    }
}
