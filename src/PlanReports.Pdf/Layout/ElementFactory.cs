using PlanReports.Documents.Charts;
using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Documents.Rendering.Tables;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout.Blocks;
using PlanReports.Pdf.Layout.Charts;
using PlanReports.Pdf.Layout.Contents;
using PlanReports.Pdf.Layout.Figures;
using PlanReports.Pdf.Layout.Lists;
using PlanReports.Pdf.Layout.Tables;
using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout;

/// <summary>
/// Turns document-model blocks into layout elements with their structure elements, using the shared theme's
/// sizes, spacing and colours. One method per kind of block, as a renderer has one class per node type.
/// </summary>
internal sealed class ElementFactory
{
    private const int MaximumDepth = 64;
    private const double SignatureSpace = 36;

    private readonly FontSet fonts;
    private readonly DocumentTheme theme;
    private readonly FontMeasure measure;

    // One breaker for the document's paragraphs: its working lists are reused rather than made per paragraph.
    private readonly LineBreaker breaker = new();

    internal ElementFactory(FontSet fonts, FontMeasure measure, DocumentTheme theme)
    {
        this.fonts = fonts;
        this.theme = theme;
        this.measure = measure;
    }

    internal LayoutElement Stack(string description, SourceRef? source, IEnumerable<Block> blocks, BlockContext context, int depth = 0)
    {
        var list = blocks as IReadOnlyList<Block> ?? [.. blocks];

        // A stack of one block lays out exactly as the block (most table cells hold one paragraph).
        return list.Count == 1
            ? Build(list[0], context, depth + 1)
            : new StackElement(description, source, list.Count, i => Build(list[i], context, depth + 1), i => KeepRules.KeepsWithNext(list, i));
    }

    internal LayoutElement Build(Block block, BlockContext context, int depth = 0)
    {
        if (depth > MaximumDepth)
        {
            throw new InvalidOperationException(
                $"The document nests blocks more than {MaximumDepth} deep at a {block.GetType().Name} ({block.Source?.ToString() ?? "no source recorded"}).");
        }

        // A cell's alignment reaches only the paragraphs directly in it, not those inside a list, table or section.
        if (context.Alignment != TextAlignment.Left && block is not Documents.Model.Paragraph)
        {
            context = context with { Alignment = TextAlignment.Left };
        }

        return block switch
        {
            Paragraph p => Paragraph(p, context),
            Heading h => Heading(h, context),
            ListBlock l => List(l, context, depth),
            Table t => Table(t, context, depth),
            KeyValueList k => KeyValues(k, context, depth),
            AddressBlock a => Address(a, context),
            SignatureBlock s => Signature(s, context),
            Figure f => FigureBlock(f, context),
            Chart c => ChartBlock(c, context),
            ChartGrid g => ChartGridBlock(g, context),
            PageBreak => new PageBreakElement("page break"),
            Section s => SectionBlock(s, context, depth),
            TableOfContents c => Contents(c, context),
            KeepTogether k => new KeepTogetherElement("keep-together group", k.Source, Stack("keep-together group", k.Source, k.Blocks, context, depth)),
            _ => throw new NotSupportedException(
                $"The PDF renderer has no layout for {block.GetType().Name} ({block.Source?.ToString() ?? "no source recorded"})."),
        };
    }

    /// <summary>Inline content as styled spans; page numbers come from <paramref name="pageNumbers"/> in running lines.</summary>
    internal List<InlineSpan> Spans(IEnumerable<Inline> inlines, TextStyle style, bool bold, bool italic, StructNode? parent, Func<PageNumberKind, string>? pageNumbers, LinkInfo? link = null)
    {
        var spans = new List<InlineSpan>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    var face = fonts.Select(bold || run.Bold, italic || run.Italic);
                    var lines = Clean(run.Text).Split('\n');
                    for (var i = 0; i < lines.Length; i++)
                    {
                        if (i > 0)
                        {
                            spans.Add(new InlineSpan(string.Empty, style, IsBreak: true));
                        }

                        if (lines[i].Length > 0)
                        {
                            spans.Add(new InlineSpan(lines[i], style with { Face = face }, link));
                        }
                    }

                    break;
                case LineBreak:
                    spans.Add(new InlineSpan(string.Empty, style, IsBreak: true));
                    break;
                case Link l:
                    var contents = PlainText(l.Inlines);
                    var node = parent is null ? null : new StructNode("Link", parent);
                    var info = new LinkInfo(l.Target, string.IsNullOrWhiteSpace(contents) ? l.Target : contents, node);
                    spans.AddRange(Spans(l.Inlines, style with { Colour = theme.LinkColour, Underline = true }, bold, italic, parent, pageNumbers, info));
                    break;
                case Badge b:
                    var foreground = Readable(b.Foreground, b.Background);
                    spans.Add(new InlineSpan(Clean(b.Text).Replace('\n', ' '), style with { Face = fonts.Select(true, italic), Colour = foreground }, link, b.Background));
                    break;
                case PageNumberField field:
                    if (pageNumbers is null)
                    {
                        throw new InvalidOperationException(
                            "A page number field was found in the body of the document; the PDF renderer resolves page numbers only in the running header and footer.");
                    }

                    spans.Add(new InlineSpan(pageNumbers(field.Kind), style with { Face = fonts.Select(bold, italic) }, link));
                    break;
                default:
                    throw new NotSupportedException($"The PDF renderer has no layout for the inline {inline.GetType().Name}.");
            }
        }

        return spans;
    }

    /// <summary>A colour for text on <paramref name="background"/> with at least 4.5:1 contrast (WCAG AA).</summary>
    internal static Colour Readable(Colour preferred, Colour background)
    {
        if (preferred.ContrastWith(background) >= 4.5)
        {
            return preferred;
        }

        return Colour.Black.ContrastWith(background) >= Colour.White.ContrastWith(background) ? Colour.Black : Colour.White;
    }

    internal static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun r => r.Text,
        Link l => PlainText(l.Inlines),
        Badge b => b.Text,
        LineBreak => " ",
        _ => string.Empty,
    }));

    internal TextStyle Style(double size, Colour colour, bool bold = false, bool italic = false) =>
        new(fonts.Select(bold, italic), size, colour);

    private static string Clean(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');

    /// <param name="owner">The structure element the text belongs to directly (a table cell), instead of a new P.</param>
    private ParagraphElement Paragraph(Paragraph p, BlockContext context, double? spacingAfter = null, StructNode? owner = null)
    {
        var (size, colour, bold) = p.Style switch
        {
            ParagraphStyle.Title => (theme.TitleSize, theme.Accent, true),
            ParagraphStyle.Subtitle => (theme.SubtitleSize, context.Colour, false),
            ParagraphStyle.Small => (Math.Min(theme.SmallSize, context.Size), context.Colour, context.Bold),
            _ => (context.Size, context.Colour, context.Bold),
        };
        // The document title is its H1 (PDF/UA-1 7.4.2: the first heading is H1), with a bookmark like any heading.
        var isTitle = p.Style == ParagraphStyle.Title && owner is null;
        var node = owner ?? (context.Parent is null ? null : new StructNode(isTitle ? "H1" : "P", context.Parent));
        var style = Style(size, colour, bold);
        var box = p.Style == ParagraphStyle.Notice ? new ParagraphBox(theme.NoticeFill, theme.NoticeBorder, 4, 6) : null;
        var spans = Spans(p.Inlines, style, bold, false, node, null);
        var alignment = p.Alignment == TextAlignment.Left ? context.Alignment : p.Alignment;
        var heading = isTitle && context.Parent is not null ? new HeadingInfo(1, PlainText(p.Inlines), null) : null;
        return new ParagraphElement(isTitle ? "title" : "paragraph", p.Source, spans, style, theme.LineHeight, alignment, node, box, heading, breaker)
        {
            SpacingAfter = spacingAfter ?? (p.Style == ParagraphStyle.Title ? theme.ParagraphSpacing * 2 : theme.ParagraphSpacing),
        };
    }

    private ParagraphElement Heading(Heading h, BlockContext context)
    {
        var level = Math.Clamp(h.Level, 1, 4);
        var node = context.Parent is null ? null : new StructNode($"H{level}", context.Parent);
        var style = Style(theme.HeadingSizes[Math.Min(level, theme.HeadingSizes.Count) - 1], theme.Accent, bold: true);
        var title = PlainText(h.Inlines);
        var spans = Spans(h.Inlines, style, true, false, node, null);
        var heading = context.Parent is null ? null : new HeadingInfo(level, title, h.Id);
        return new ParagraphElement($"heading {level}", h.Source, spans, style, 1.15, TextAlignment.Left, node, heading: heading, breaker: breaker)
        {
            SpacingBefore = theme.HeadingSpacingBefore,
            SpacingAfter = theme.ParagraphSpacing,
        };
    }

    private LayoutElement List(ListBlock l, BlockContext context, int depth)
    {
        var listNode = context.Parent is null ? null : new StructNode("L", context.Parent);
        var items = new List<LayoutElement>();
        var number = l.Start;
        var labelStyle = Style(context.Size, context.Colour, context.Bold);
        var labels = l.Items.Select((_, i) => l.Ordered ? $"{l.Start + i}." : (context.ListDepth % 2 == 0 ? "\u2022" : "\u2013")).ToList();

        // The hanging indent grows for wide numbers ("100.") so a label never wraps.
        var indent = Math.Max(theme.ListIndent, labels.Select(t => labelStyle.Face.Shape(t).Width(labelStyle.Size)).DefaultIfEmpty(0).Max() + ListItemElement.LabelGap + 1);
        foreach (var item in l.Items)
        {
            var itemNode = listNode is null ? null : new StructNode("LI", listNode);
            var labelNode = itemNode is null ? null : new StructNode("Lbl", itemNode);
            var bodyNode = itemNode is null ? null : new StructNode("LBody", itemNode);
            var text = labels[number - l.Start];
            number++;
            var label = new ParagraphElement("list label", l.Source, [new InlineSpan(text, labelStyle)], labelStyle, theme.LineHeight, TextAlignment.Right, labelNode);
            var bodyContext = context with { Parent = bodyNode, ListDepth = context.ListDepth + 1 };
            var body = Stack("list item", l.Source, item.Blocks, bodyContext, depth);
            items.Add(new ListItemElement("list item", l.Source, label, body, indent, itemNode) { SpacingAfter = theme.ParagraphSpacing / 2 });
        }

        return new StackElement("list", l.Source, items) { SpacingAfter = theme.ParagraphSpacing };
    }

    private TableElement Table(Table t, BlockContext context, int depth)
    {
        var columns = t.Columns.Count;
        if (columns == 0 || t.Columns.Any(c => !(c.RelativeWidth > 0) || double.IsInfinity(c.RelativeWidth)))
        {
            throw new InvalidOperationException(
                $"The table ({t.Source?.ToString() ?? "no source recorded"}) needs at least one column and every column's relative width must be a positive number.");
        }

        var minimum = ColumnWidths.Minimum(t, measure, theme.TableSize, theme.CellPadding, theme.ListIndent);
        var grid = new TableGrid(t.Columns.Select(c => c.RelativeWidth).ToList(), minimum, theme.CellPadding, theme.BorderWidth, theme.Border);
        var tableNode = context.Parent is null ? null : new StructNode("Table", context.Parent);
        var cellContext = context with { Size = theme.TableSize };
        var description = LayoutErrors.Describe("table", t.Caption);
        ParagraphElement? caption = null;
        if (!string.IsNullOrWhiteSpace(t.Caption))
        {
            var captionNode = tableNode is null ? null : new StructNode("Caption", tableNode);
            var style = Style(theme.BodySize, context.Colour, bold: true);
            caption = new ParagraphElement("table caption", t.Source, Spans([new TextRun(t.Caption)], style, true, false, captionNode, null), style, theme.LineHeight, TextAlignment.Left, captionNode);
        }

        IReadOnlyList<TableRowElement> Header(StructNode? parent) =>
            t.HeaderRows.Select(r => Row(r, t, grid, cellContext with { Parent = parent }, depth, header: true)).ToList();

        var first = Header(tableNode);
        var body = new List<TableRowElement>();
        foreach (var group in t.Groups)
        {
            if (!string.IsNullOrWhiteSpace(group.Label))
            {
                var labelCell = new TableCell([new Paragraph([new TextRun(group.Label, Bold: true)])], CellScope.Row, theme.TableHeaderFill, columns);
                body.Add(Row(new TableRow([labelCell], KeepTogether: true), t, grid, cellContext with { Parent = tableNode }, depth, header: false, labelsGroup: group.Rows.Count > 0));
            }

            body.AddRange(group.Rows.Select(r => Row(r, t, grid, cellContext with { Parent = tableNode }, depth, header: false)));
        }

        return new TableElement(description, t.Source, caption, first, () => Header(null), body) { SpacingAfter = theme.ParagraphSpacing * 1.5 };
    }

    private TableRowElement Row(TableRow row, Table table, TableGrid grid, BlockContext context, int depth, bool header, bool plain = false, bool labelsGroup = false)
    {
        var rowNode = context.Parent is null ? null : new StructNode("TR", context.Parent);
        var cells = new List<CellLayout>();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (column >= grid.RelativeWidths.Count)
            {
                throw new InvalidOperationException(
                    $"A row of the table ({table.Source?.ToString() ?? "no source recorded"}) has more cells than the table's {grid.RelativeWidths.Count} columns.");
            }

            var span = Math.Clamp(cell.ColumnSpan, 1, grid.RelativeWidths.Count - column);
            var isHeader = header || cell.Scope != CellScope.None;
            var scope = cell.Scope switch
            {
                CellScope.Row => "Row",
                CellScope.Column => "Column",
                _ => header ? "Column" : null,
            };
            var cellNode = rowNode is null ? null : new StructNode(isHeader ? "TH" : "TD", rowNode) { Scope = isHeader ? scope : null, ColumnSpan = span };
            // Column headers are shaded; row headers are bold on white, as GOV.UK tables draw them.
            var shading = cell.Shading ?? ((header || cell.Scope == CellScope.Column) && !plain ? theme.TableHeaderFill : null);
            var colour = shading is { } bg ? Readable(isHeader ? theme.TableHeaderText : context.Colour, bg) : context.Colour;
            var alignment = cell.Alignment ?? table.Columns[column].Alignment;
            var cellContext = context with { Parent = cellNode, Colour = colour, Bold = context.Bold || isHeader, Alignment = alignment };
            // A cell of one paragraph holds its text directly, as an HTML <td> does: no P element inside the TD.
            var content = cell.Blocks is [Paragraph only] && cellNode is not null
                ? Paragraph(only, cellContext, owner: cellNode)
                : Stack("table cell", table.Source, cell.Blocks, cellContext, depth);
            cells.Add(new CellLayout(content, column, span, shading, cellNode));
            column += span;
        }

        return new TableRowElement("table row", table.Source, cells, grid, rowNode) { LabelsGroup = labelsGroup };
    }

    private TableElement KeyValues(KeyValueList k, BlockContext context, int depth)
    {
        var grid = new TableGrid([1, 2.4], [], 1.5, 0, null);
        var tableNode = context.Parent is null ? null : new StructNode("Table", context.Parent);
        var rowContext = context with { Parent = tableNode };
        var rows = k.Items.Select(item => Row(
            new TableRow([new TableCell([new Paragraph([new TextRun(item.Key, Bold: true)])], CellScope.Row), new TableCell([new Paragraph(item.Value)])]),
            new Table([new TableColumn(1), new TableColumn(2.4)], [], []) { Source = k.Source },
            grid,
            rowContext,
            depth,
            header: false,
            plain: true)).ToList();
        return new TableElement("key-value list", k.Source, null, [], () => [], rows) { SpacingAfter = theme.ParagraphSpacing };
    }

    private ParagraphElement Address(AddressBlock a, BlockContext context)
    {
        var node = context.Parent is null ? null : new StructNode("P", context.Parent);
        var style = Style(context.Size, context.Colour);
        var spans = new List<InlineSpan>();
        for (var i = 0; i < a.Lines.Count; i++)
        {
            if (i > 0)
            {
                spans.Add(new InlineSpan(string.Empty, style, IsBreak: true));
            }

            spans.AddRange(Spans([new TextRun(a.Lines[i])], style, false, false, node, null));
        }

        return new ParagraphElement("address", a.Source, spans, style, theme.LineHeight, a.Alignment, node)
        {
            SpacingAfter = theme.ParagraphSpacing * 2,
        };
    }

    private KeepTogetherElement Signature(SignatureBlock s, BlockContext context)
    {
        var node = context.Parent is null ? null : new StructNode("Div", context.Parent);
        var inner = context with { Parent = node };
        ParagraphElement Line(string text, bool bold, double after) =>
            Paragraph(new Paragraph([new TextRun(text, Bold: bold)]) { Source = s.Source }, inner, after);

        var children = new List<LayoutElement>
        {
            Line(s.Closing, false, 0),
            new SpacerElement("signature space", SignatureSpace),
            Line(s.Name, true, 0),
            Line(s.Role, false, 0),
            Line(s.Organisation, false, theme.ParagraphSpacing),
        };
        return new KeepTogetherElement(LayoutErrors.Describe("signature block", s.Name), s.Source, new StackElement("signature block", s.Source, children))
        {
            SpacingAfter = theme.ParagraphSpacing,
        };
    }

    private FigureElement FigureBlock(Figure f, BlockContext context)
    {
        if (string.IsNullOrWhiteSpace(f.AltText))
        {
            throw new InvalidOperationException(
                $"The figure \"{f.Caption}\" ({f.Source?.ToString() ?? "no source recorded"}) has no alternative text; every figure needs one.");
        }

        var captionNode = context.Parent is null ? null : new StructNode("P", context.Parent);
        var captionStyle = Style(theme.SmallSize + 1, context.Colour, bold: true);
        var caption = new ParagraphElement("figure caption", f.Source, Spans([new TextRun(f.Caption)], captionStyle, true, false, captionNode, null), captionStyle, theme.LineHeight, TextAlignment.Left, captionNode);
        var node = context.Parent is null ? null : new StructNode("Figure", context.Parent) { Alt = f.AltText };
        return new FigureElement(LayoutErrors.Describe("figure", f.Caption), f.Source, f, caption, Style(theme.SmallSize, context.Colour), theme.Text, node)
        {
            SpacingAfter = theme.ParagraphSpacing * 2,
        };
    }

    private ChartElement ChartBlock(Chart c, BlockContext context, bool legend = true)
    {
        var caption = ChartCaption(c.Caption, c.Source, context, "chart caption");
        var node = context.Parent is null ? null : new StructNode("Figure", context.Parent) { Alt = c.AltText };
        return new ChartElement(LayoutErrors.Describe("chart", c.Caption), c, caption, theme, bold => Style(theme.SmallSize, theme.Text, bold), node, legend)
        {
            SpacingAfter = theme.ParagraphSpacing * 2,
        };
    }

    private ParagraphElement ChartCaption(string text, SourceRef? source, BlockContext context, string description)
    {
        var captionNode = context.Parent is null ? null : new StructNode("P", context.Parent);
        var captionStyle = Style(theme.SmallSize + 1, context.Colour, bold: true);
        return new ParagraphElement(description, source, Spans([new TextRun(text)], captionStyle, true, false, captionNode, null), captionStyle, theme.LineHeight, TextAlignment.Left, captionNode);
    }

    /// <summary>
    /// Small multiples: the grid's caption (P), its one legend where the cells agree (a Figure with the key in words),
    /// then each cell's title (P) and chart (Figure with Alt and BBox), in reading order, row by row; each row is
    /// moved whole to the next page rather than split, and the first row carries the caption and legend.
    /// </summary>
    private StackElement ChartGridBlock(ChartGrid g, BlockContext context)
    {
        var caption = ChartCaption(g.Caption, g.Source, context, "chart grid caption");
        var shared = ChartGridLayout.SharedLegend(g);
        ChartGridRowElement.Legend? legend = null;
        var chartStyle = (bool bold) => Style(theme.SmallSize, theme.Text, bold);
        if (shared is not null)
        {
            var node = context.Parent is null ? null : new StructNode("Figure", context.Parent) { Alt = ChartGridLayout.LegendText(shared) };
            legend = new ChartGridRowElement.Legend(width => ChartLayout.Legend(shared, width, theme, (text, size, bold) => chartStyle(bold).Face.Shape(text).Width(size)), chartStyle, node);
        }

        var rows = new List<LayoutElement>();
        foreach (var row in g.Rows)
        {
            var cells = row.Select(c => ChartBlock(c, context, legend: shared is null)).ToList();
            var first = rows.Count == 0;
            rows.Add(new ChartGridRowElement(LayoutErrors.Describe("chart grid row", row[0].Caption), g.Source, cells, g.Columns, first ? caption : null, first ? legend : null)
            {
                SpacingAfter = theme.ParagraphSpacing,
            });
        }

        // Rows of one grid sit closer together than the grid sits to what follows it.
        return new StackElement(LayoutErrors.Describe("chart grid", g.Caption), g.Source, rows) { SpacingAfter = theme.ParagraphSpacing * 3 };
    }

    /// <summary>A contents list, tagged TOC with one TOCI per entry; each entry's text and page number are its Link.</summary>
    private StackElement Contents(TableOfContents c, BlockContext context)
    {
        var tocNode = context.Parent is null ? null : new StructNode("TOC", context.Parent);
        var style = Style(context.Size, theme.LinkColour);
        var entries = new List<LayoutElement>(c.Entries.Count);
        foreach (var entry in c.Entries)
        {
            var itemNode = tocNode is null ? null : new StructNode("TOCI", tocNode);
            // TOCI holds a Reference (PDF 1.7 §14.8.4.3), and the Reference the Link with the text and page number.
            var referenceNode = itemNode is null ? null : new StructNode("Reference", itemNode);
            var linkNode = referenceNode is null ? null : new StructNode("Link", referenceNode);
            var contents = PlainText(entry.Inlines);
            var link = new LinkInfo("#" + entry.Anchor, string.IsNullOrWhiteSpace(contents) ? entry.Anchor : contents, linkNode);
            var spans = Spans(entry.Inlines, style, false, false, itemNode, null, link);
            var text = new ParagraphElement("contents entry", c.Source, spans, style, theme.LineHeight, TextAlignment.Left, itemNode, breaker: breaker);
            var indent = (Math.Clamp(entry.Level, 1, 2) - 1) * theme.ListIndent;
            entries.Add(new ContentsEntryElement(c.Source, text, link, entry.Anchor, Style(context.Size, context.Colour), indent, context.Colour)
            {
                SpacingAfter = theme.ParagraphSpacing / 2,
            });
        }

        return new StackElement("contents", c.Source, entries) { SpacingAfter = theme.ParagraphSpacing };
    }

    private StackElement SectionBlock(Section s, BlockContext context, int depth)
    {
        var node = context.Parent is null ? null : new StructNode("Sect", context.Parent);
        var inner = context with { Parent = node };
        var first = s.StartOnNewPage ? 1 : 0;
        return new StackElement(
            "section",
            s.Source,
            first + s.Blocks.Count,
            i => i < first ? new PageBreakElement("section start") : Build(s.Blocks[i - first], inner, depth + 1),
            i => i >= first && KeepRules.KeepsWithNext(s.Blocks, i - first))
        {
            SpacingAfter = theme.ParagraphSpacing,
        };
    }
}
