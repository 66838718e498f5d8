using PlanReports.Documents.Model;

namespace PlanReports.Docx.Tests.Samples;

/// <summary>
/// Documents built in code that exercise every node type the DOCX renderer writes: a formal letter with a
/// letterhead, and a document of hostile or empty input.
/// </summary>
internal static class SampleDocuments
{
    public static readonly Colour Red = Colour.FromHex("#D5281B");
    public static readonly Colour Amber = Colour.FromHex("#FFB81C");
    public static readonly Colour Green = Colour.FromHex("#007F3B");

    public static DocumentMetadata LetterMetadata { get; } = new(
        Title: "Operating plan 2012/13: outcome of the sign-off meeting",
        Author: "Department of Health",
        Subject: "Outcome of the sign-off meeting for the Example cluster",
        Date: new DateOnly(2012, 5, 4),
        Reference: "Gateway reference 00000",
        Keywords: ["operating plan", "sign-off", "illustrative"]);

    /// <summary>A formal letter: letterhead on page one, running header from page two, "Page X of Y" footer, three pages or more.</summary>
    public static Document FormalLetter()
    {
        var page = PageSetup.A4Portrait with
        {
            Header = new RunningContent([
                new RunningLine([new TextRun("Operating plan 2012/13: outcome of the sign-off meeting")], TextAlignment.Left),
            ]),
            Footer = new RunningContent([
                new RunningLine([new TextRun("Illustrative data: not for operational use", Italic: true)], TextAlignment.Centre),
                new RunningLine(
                    [new TextRun("Page "), new PageNumberField(PageNumberKind.Current), new TextRun(" of "), new PageNumberField(PageNumberKind.Total)],
                    TextAlignment.Centre),
            ]),
            FirstPageLetterhead =
            [
                new Paragraph([new TextRun("Department of Health", Bold: true)], TextAlignment.Right, ParagraphStyle.Subtitle),
                new AddressBlock(["Richmond House", "79 Whitehall", "London", "SW1A 2NS"], TextAlignment.Right),
            ],
        };

        List<Block> body =
        [
            new KeyValueList([
                new KeyValueItem("Our reference:", [new TextRun("Gateway reference 00000")]),
                new KeyValueItem("Date:", [new TextRun("4 May 2012")]),
            ]),
            new AddressBlock(["Chief Executive", "Example SHA Cluster", "1 Example Street", "Leeds", "LS1 4AP"]),
            P("Dear Chief Executive,"),
            new Heading(1, [new TextRun("Operating plan 2012/13: outcome of the sign-off meeting")], "outcome"),
            new Paragraph([new TextRun("Illustrative data: the figures in this letter are examples.")], Style: ParagraphStyle.Notice),
            new Paragraph([
                new TextRun("Thank you for attending the sign-off meeting. This letter sets out the "),
                new TextRun("outcome", Bold: true),
                new TextRun(" and the "),
                new TextRun("conditions", Italic: true),
                new TextRun(" attached to it. The overall rating is "),
                new Badge("Amber", Amber, Colour.Black),
                new TextRun(". See "),
                new Link("#conditions", [new TextRun("the conditions")]),
                new TextRun(" and the "),
                new Link("https://www.gov.uk/government/organisations/department-of-health-and-social-care", [new TextRun("Department's website")]),
                new TextRun("."),
            ]),
            new Heading(2, [new TextRun("The four parts of the submission")]),
            AssuranceTable(),
            new Heading(2, [new TextRun("Conditions and actions")], "conditions"),
            ConditionsList(),
            new ListBlock(true, [Item("Confirm the revised trajectory."), Item("Publish the final plan.")], Start: 4),
            new Figure(
                "Bar chart of the share of patients seen within 18 weeks by cluster: North 92.1, South 88.4, East 95.0, against a standard of 90.",
                "Figure 1: Referral to treatment within 18 weeks (per cent)",
                new BarChart(
                    [new Bar("North", 92.1, Colour.FromHex("#005EB8")), new Bar("South", 88.4, Colour.FromHex("#005EB8")), new Bar("East", 95.0, Colour.FromHex("#005EB8"))],
                    100,
                    90,
                    "National standard")),
            new Heading(2, [new TextRun("Key risks")]),
        ];
        for (var i = 1; i <= 14; i++)
        {
            body.Add(P($"Risk {i}. The plan depends on delivery of the savings programme and on activity remaining within the agreed range; the cluster has set out mitigating action, which we will review at the next quarterly meeting."));
        }

        body.Add(new Section(
            [
                new Heading(1, [new TextRun("Annex A: agreed trajectories")], "annex-a"),
                P("The trajectories below were agreed at the meeting."),
                new KeepTogether([
                    P("This paragraph and the next stay together."),
                    P("So they move to the next page as one."),
                ]),
            ],
            StartOnNewPage: true));
        body.Add(new PageBreak());
        body.Add(P("I am copying this letter to the cluster chair."));
        body.Add(new SignatureBlock("Yours sincerely", "A N Other", "Director of Operations", "Department of Health"));

        return new Document(LetterMetadata, page, body);
    }

    public static Table AssuranceTable() => new(
        [new TableColumn(3), new TableColumn(1.2, TextAlignment.Centre), new TableColumn(4)],
        [new TableRow([TableCell.Text("Part", CellScope.Column), TableCell.Text("Rating", CellScope.Column), TableCell.Text("Commentary", CellScope.Column)])],
        [
            new TableRowGroup("Assured", [
                Rated("Part 1: activity and finance", "Green", Green, Colour.White, "Consistent with the financial plan."),
                Rated("Part 2: quality and performance", "Green", Green, Colour.White, "Trajectories meet the standards."),
            ]),
            new TableRowGroup("Assured with conditions", [
                Rated("Part 3: QIPP", "Amber", Amber, Colour.Black, "Savings plans need more detail."),
                new TableRow(
                    [
                        TableCell.Text("Part 4: reform milestones", CellScope.Row),
                        new TableCell([new Paragraph([new TextRun("Red")])], Shading: Red),
                        TableCell.Text("Two milestones at risk."),
                    ],
                    KeepTogether: true),
            ]),
        ],
        "Table 1: assurance of the four parts of the submission");

    public static ListBlock ConditionsList() => new(
        false,
        [
            new ListItem([
                P("Submit a revised QIPP plan."),
                new ListBlock(true, [
                    new ListItem([
                        P("Owner: cluster finance director."),
                        new ListBlock(false, [Item("Due: 30 June 2012."), Item("Review: July board.")]),
                    ]),
                    Item("Include scheme-level savings."),
                ]),
            ]),
            new ListItem([P("Confirm the milestones for the reform programme."), P("A second paragraph in the same item.")]),
        ]);

    /// <summary>
    /// A landscape pack whose grouped rating matrix runs over several pages, so its header row must repeat, with a
    /// running footer and no letterhead.
    /// </summary>
    public static Document LongTablePack()
    {
        const int Domains = 10;
        Colour[] fills = [Green, Amber, Red];
        string[] words = ["Green", "Amber", "Red"];
        var header = new TableRow(
            [TableCell.Text("Cluster", CellScope.Column), .. Enumerable.Range(1, Domains).Select(d => TableCell.Text($"Domain {d}", CellScope.Column))]);
        var groups = Enumerable.Range(1, 3).Select(g => new TableRowGroup(
            $"Region {g}",
            [.. Enumerable.Range(1, 16).Select(r => new TableRow(
                [
                    TableCell.Text($"Cluster {g}.{r}", CellScope.Row),
                    .. Enumerable.Range(0, Domains).Select(d => new TableCell([new Paragraph([new TextRun(words[(g + r + d) % 3])])], Shading: fills[(g + r + d) % 3])),
                ],
                KeepTogether: true))])).ToList();
        var table = new Table(
            [new TableColumn(2.2), .. Enumerable.Range(0, Domains).Select(_ => new TableColumn(1, TextAlignment.Centre))],
            [header],
            groups,
            "Table 1: assurance ratings by cluster and domain");
        var page = PageSetup.A4Landscape with
        {
            Footer = new RunningContent([
                new RunningLine(
                    [new TextRun("Illustrative data. Page "), new PageNumberField(PageNumberKind.Current), new TextRun(" of "), new PageNumberField(PageNumberKind.Total)],
                    TextAlignment.Right),
            ]),
        };
        List<Block> body =
        [
            new Paragraph([new TextRun("Regional summary")], Style: ParagraphStyle.Title),
            new Paragraph([new TextRun("Assurance ratings, April submission")], Style: ParagraphStyle.Subtitle),
            table,
            new Paragraph([new TextRun("Source: cluster submissions.")], Style: ParagraphStyle.Small),
        ];
        return new Document(LetterMetadata with { Title = "Regional summary" }, page, body);
    }

    /// <summary>Input that must not break the renderer: characters XML cannot hold, empty tables and lists, odd values.</summary>
    public static Document HostileInput()
    {
        const string Controls = "Bell\u0007 vertical\u000B tab\u0001 nul\u0000 form\u000C feed \uFFFE and a lone \uD800 surrogate";
        List<Block> body =
        [
            new Heading(1, [new TextRun("Title with " + Controls)], "id with spaces & symbols!"),
            P(Controls),
            new Paragraph([new TextRun("Tab\there, line\nbreak, CRLF\r\nend"), new LineBreak(), new TextRun("")]),
            new Table([new TableColumn(1), new TableColumn(1)], [], [], "An empty table"),
            new Table([], [], [new TableRowGroup(null, [new TableRow([TableCell.Text("no column definitions"), TableCell.Text("two cells")])])]),
            new Table(
                [new TableColumn(0), new TableColumn(double.NaN), new TableColumn(-1)],
                [new TableRow([new TableCell([])])],
                [new TableRowGroup("", [new TableRow([new TableCell([], ColumnSpan: 5)])])]),
            new ListBlock(false, []),
            new ListBlock(true, [new ListItem([])], Start: 0),
            new KeyValueList([]),
            new KeyValueList([new KeyValueItem(Controls, [new Badge(Controls, Colour.FromHex("#FFFF00"), Colour.White)])]),
            new AddressBlock([]),
            new AddressBlock(["", "  ", Controls]),
            new Figure(Controls, Controls, new BarChart([], 0)),
            new Figure("Odd values", "Odd values", new BarChart([new Bar("Not a number", double.NaN, Red), new Bar("Negative", -5, Red), new Bar("Too big", 1e9, Red)], double.NaN, double.PositiveInfinity)),
            new KeepTogether([]),
            new Section([], StartOnNewPage: true),
            new Paragraph([new Link("#", []), new Link("mailto:someone@example.org", [])]),
            new PageBreak(),
            new PageBreak(),
        ];
        var metadata = new DocumentMetadata(Controls, Controls, Controls, new DateOnly(2014, 4, 1), Keywords: [Controls]);
        var page = PageSetup.A4Landscape with { Footer = new RunningContent([]), Header = new RunningContent([new RunningLine([new TextRun(Controls)])]) };
        return new Document(metadata, page, body);
    }

    private static TableRow Rated(string part, string rating, Colour fill, Colour text, string commentary) => new([
        TableCell.Text(part, CellScope.Row),
        new TableCell([new Paragraph([new Badge(rating, fill, text)])]),
        TableCell.Text(commentary),
    ]);

    private static Paragraph P(string text) => new([new TextRun(text)]);

    private static ListItem Item(string text) => new([P(text)]);
}
