using PlanReports.Documents.Model;

namespace PlanReports.Testing.Documents;

/// <summary>
/// One document built in code that uses every node of the document model: a letter with letterhead, running header
/// and footer with page numbers, headings, a notice, lists, tables with groups, badges and shaded cells, a
/// key-value list, a figure, keep-together, a section on a new page and a signature. Every format's tests render
/// the same document, so their snapshots can be compared. The data is illustrative.
/// </summary>
public static class RepresentativeDocument
{
    /// <summary>NHS red with white text (contrast 5.0:1).</summary>
    public static Colour Red { get; } = Colour.FromHex("#D5281B");

    /// <summary>NHS warm yellow with black text (contrast 12:1).</summary>
    public static Colour Amber { get; } = Colour.FromHex("#FFB81C");

    /// <summary>NHS green with white text (contrast 5.2:1).</summary>
    public static Colour Green { get; } = Colour.FromHex("#007F3B");

    /// <summary>The letter.</summary>
    public static Document Letter() => new(
        new DocumentMetadata(
            Title: "Plan sign-off: Example SHA Cluster",
            Author: "Department of Health",
            Subject: "Outcome of the 2012/13 plan sign-off meeting",
            Date: new DateOnly(2012, 5, 4),
            Reference: "Gateway reference 00000 (illustrative)",
            Keywords: ["operating framework", "plan sign-off"]),
        PageSetup.A4Portrait with
        {
            Header = new RunningContent([new RunningLine([new TextRun("Illustrative data: not for publication")], TextAlignment.Right)]),
            Footer = new RunningContent(
            [
                new RunningLine([new TextRun("Department of Health")]),
                new RunningLine([new TextRun("Page "), new PageNumberField(PageNumberKind.Current), new TextRun(" of "), new PageNumberField(PageNumberKind.Total)], TextAlignment.Right),
            ]),
            FirstPageLetterhead =
            [
                new Paragraph([new TextRun("Department of Health", Bold: true)], TextAlignment.Right, ParagraphStyle.Subtitle),
                new AddressBlock(["Richmond House", "79 Whitehall", "London", "SW1A 2NS"], TextAlignment.Right),
            ],
        },
        [
            new KeyValueList(
            [
                new KeyValueItem("Our reference", [new TextRun("Gateway reference 00000 (illustrative)")]),
                new KeyValueItem("Date", [new TextRun("4 May 2012")]),
            ]),
            new AddressBlock(["Chief Executive", "Example SHA Cluster", "1 Example Street", "Leeds", "LS1 1AA"]),
            new Paragraph([new TextRun("Plan sign-off 2012/13")], Style: ParagraphStyle.Subtitle),
            new Paragraph([new TextRun("Dear Chief Executive,")]),
            new Paragraph([new TextRun("This letter uses illustrative data. It is not a record of any real meeting.")], Style: ParagraphStyle.Notice),
            new Heading(1, [new TextRun("Outcome of the sign-off meeting")], "outcome"),
            new Paragraph(
            [
                new TextRun("Thank you for attending the sign-off meeting on "),
                new TextRun("27 April 2012", Bold: true),
                new TextRun(". Your plan is "),
                new Badge("Amber", Amber, Colour.Black),
                new TextRun(" overall; see "),
                new Link("#conditions", [new TextRun("the conditions")]),
                new TextRun(" and "),
                new Link("https://www.gov.uk/government/publications", [new TextRun("the operating framework", Italic: true)]),
                new TextRun("."),
                new LineBreak(),
                new TextRun("Please reply by 18 May 2012."),
            ]),
            new Heading(2, [new TextRun("The four parts of the submission")]),
            new Table(
                [new TableColumn(3), new TableColumn(1, TextAlignment.Centre), new TableColumn(2)],
                [new TableRow([TableCell.Text("Part"), TableCell.Text("Rating"), TableCell.Text("Comment")])],
                [
                    new TableRowGroup("Assured",
                    [
                        Row("Activity and finance", Badge("Green", Green, Colour.White), "Consistent with commissioner plans."),
                        Row("Trajectories", Badge("Green", Green, Colour.White), "All standards met by Q4."),
                    ]),
                    new TableRowGroup("Not yet assured",
                    [
                        Row("QIPP milestones", Badge("Amber", Amber, Colour.Black), "Two milestones lack owners."),
                        Row("Transition plans", Badge("Red", Red, Colour.White), "Clustering arrangements not agreed."),
                    ]),
                ],
                "Assurance of the four parts of the submission"),
            new Heading(2, [new TextRun("Conditions and actions")], "conditions"),
            new ListBlock(true,
            [
                Item("Publish owners for the QIPP milestones by 18 May 2012.",
                    new ListBlock(false, [Item("Owner: director of finance"), Item("Due: 18 May 2012")])),
                Item("Agree the clustering arrangements with the PCT cluster boards."),
            ], Start: 1),
            new Heading(2, [new TextRun("Agreed trajectories")]),
            new Figure(
                "Bar chart of the percentage of patients seen within 18 weeks: Q1 88.5, Q2 90.1, Q3 91.7, Q4 92.4; the national standard is 90.",
                "Figure 1: Referral to treatment within 18 weeks (admitted), 2012/13",
                new BarChart(
                    [
                        new Bar("Q1 2012/13", 88.5, Amber),
                        new Bar("Q2 2012/13", 90.1, Green),
                        new Bar("Q3 2012/13", 91.7, Green),
                        new Bar("Q4 2012/13", 92.4, Green),
                    ],
                    100,
                    90,
                    "Standard 90%")),
            new KeepTogether(
            [
                new Heading(3, [new TextRun("Shaded ratings")]),
                new Table(
                    [new TableColumn(2), new TableColumn(1, TextAlignment.Right)],
                    [new TableRow([TableCell.Text("Domain"), TableCell.Text("Rating")])],
                    [
                        new TableRowGroup(null,
                        [
                            new TableRow([TableCell.Text("Quality", CellScope.Row), new TableCell([new Paragraph([new TextRun("Red")])], Shading: Red)], KeepTogether: true),
                            new TableRow([TableCell.Text("Finance", CellScope.Row), new TableCell([new Paragraph([new TextRun("Amber")])], Shading: Amber)]),
                        ]),
                    ],
                    "Domain ratings with shaded cells"),
            ]),
            new SignatureBlock("Yours sincerely,", "A. N. Signatory", "Director of Planning", "Department of Health"),
            new PageBreak(),
            new Section(
            [
                new Heading(2, [new TextRun("Annex: key risks")]),
                new ListBlock(false, [Item("Winter pressures on A&E <4 hours> \"standard\"."), Item("Delayed transfers of care.")]),
                new Paragraph([new TextRun("Source: illustrative data.")], Style: ParagraphStyle.Small),
            ], StartOnNewPage: true),
        ]);

    private static Badge Badge(string text, Colour background, Colour foreground) => new(text, background, foreground);

    private static TableRow Row(string part, Badge rating, string comment) =>
        new([TableCell.Text(part, CellScope.Row), new TableCell([new Paragraph([rating])]), TableCell.Text(comment)]);

    private static ListItem Item(string text, params Block[] more) =>
        new([new Paragraph([new TextRun(text)]), .. more]);
}
