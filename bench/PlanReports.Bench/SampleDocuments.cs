using System.Globalization;
using PlanReports.Documents.Model;

namespace PlanReports.Bench;

/// <summary>
/// Documents built from the model for the benchmark and the PDF tests: a two-page sign-off-style letter, a
/// twelve-page narrative pack and a long multi-section document. Illustrative content, marked as such.
/// </summary>
internal static class SampleDocuments
{
    private static readonly Colour Green = Colour.FromHex("007F3B");
    private static readonly Colour Amber = Colour.FromHex("FFB81C");
    private static readonly Colour Red = Colour.FromHex("D5281B");
    private static readonly Colour Blue = Colour.FromHex("005EB8");
    private static readonly DateOnly LetterDate = new(2012, 5, 4);

    private static readonly string[] Domains =
    [
        "Quality and safety", "Referral to treatment", "A&E four-hour standard", "Cancer waiting times",
        "Healthcare associated infections", "Mental health", "Dementia", "Ambulance response",
        "Finance and QIPP", "Workforce", "Commissioning transition", "Public health", "Patient experience",
    ];

    /// <summary>A sign-off letter from the Department of Health to an SHA cluster, about two pages.</summary>
    internal static Document Letter()
    {
        var body = new List<Block>
        {
            new KeyValueList(
            [
                new KeyValueItem("Gateway reference", [new TextRun("17420")]),
                new KeyValueItem("Date", [new TextRun("4 May 2012")]),
                new KeyValueItem("Status", [new Badge("Green", Green, Colour.White), new TextRun(" – assured with conditions")]),
            ]),
            new AddressBlock(["Sir Neil McKay CB", "Chief Executive", "NHS Midlands and East SHA cluster", "Victoria House", "Capital Park", "Fulbourn", "Cambridge CB21 5XB"]),
            new Paragraph([new TextRun("Dear Sir Neil,")]),
            new Heading(1, [new TextRun("Outcome of the 2012/13 plan sign-off meeting")], "outcome"),
            P("Thank you for attending the sign-off meeting on 25 April 2012 with Renée Dubois, Zoë Ashworth and José Álvarez. This letter confirms the outcome of the meeting and the conditions we agreed; it should be read with the Operating Framework for the NHS in England 2012/13."),
            P("We assured the four parts of your submission: the integrated plan, the activity and finance template, the quality, innovation, productivity and prevention (QIPP) schedule, and the trajectories for the NHS Constitution standards. Overall the plan is credible, although the cluster’s financial position depends on QIPP savings of £132.4 million – 4.1% of allocation – being delivered in full."),
            new Paragraph([new TextRun("The agreed position on each part is summarised below. The full "), new Link("https://www.gov.uk/government/publications/the-operating-framework-for-the-nhs-in-england-2012-13", [new TextRun("Operating Framework")]), new TextRun(" sets out the standards we applied; the conditions are listed in "), new Link("#conditions", [new TextRun("the conditions section")]), new TextRun(".")]),
            AssuranceTable(),
            new Heading(2, [new TextRun("Conditions")], "conditions"),
            P("Sign-off is subject to the following conditions, each with a named owner and a date by which it must be met:"),
            new ListBlock(true,
            [
                Item("Submit a revised referral to treatment trajectory showing 90% of admitted patients treated within 18 weeks in every month from June 2012 (owner: Director of Performance; by 31 May 2012)."),
                Item("Confirm the contingency of £18.5 million held against QIPP slippage, with the schemes it covers (owner: Director of Finance; by 15 June 2012).",
                    new ListBlock(false, [Item("Include the acute contract re-basing scheme."), Item("Include the community services productivity scheme.")])),
                Item("Agree with each PCT cluster the handover of commissioning responsibilities to clinical commissioning groups, with milestones for authorisation (owner: Director of Commissioning Development; by 30 June 2012)."),
            ]),
            new Heading(2, [new TextRun("Key risks")]),
            P("The main risks to delivery are the A&E four-hour standard at two acute trusts over the winter, the pace of community services redesign and the loss of organisational memory as PCT staff move to new bodies. We expect the cluster to report on each risk in its monthly assurance return."),
            ActionsTable(),
            P("I am copying this letter to the chief executives of the PCT clusters in your area and to Dame Barbara Hakin, National Director of Commissioning Development."),
            new SignatureBlock("Yours sincerely,", "David Flory CBE", "Deputy NHS Chief Executive", "Department of Health"),
        };
        return new Document(Meta("Plan sign-off letter: NHS Midlands and East", "Outcome of the 2012/13 plan sign-off meeting"), Page(Letterhead()), body);
    }

    /// <summary>A RAG narrative pack for one PCT cluster: the 13 domains with commentary, trajectories and a chart.</summary>
    internal static Document Pack() =>
        new(Meta("RAG narrative pack: NHS Norfolk and Waveney", "Assurance of the 2012/13 operating plan"), Page([]), PackBody("NHS Norfolk and Waveney"));

    /// <summary>A long bundle: one pack per PCT cluster, each starting on a new page.</summary>
    internal static Document Bundle(int clusters)
    {
        var sections = Enumerable.Range(1, clusters)
            .Select(i => (Block)new Section(PackBody($"PCT cluster {i}"), StartOnNewPage: i > 1))
            .ToList();
        return new Document(Meta("RAG narrative bundle: NHS Midlands and East", "All PCT clusters"), Page([]), sections);
    }

    private static List<Block> PackBody(string cluster)
    {
        var blocks = new List<Block>
        {
            new Paragraph([new TextRun($"RAG narrative pack: {cluster}")], Style: ParagraphStyle.Title),
            new Paragraph([new TextRun("Assurance of the 2012/13 operating plan, April submission")], Style: ParagraphStyle.Subtitle),
            new Paragraph([new TextRun("Illustrative data: this document was produced from sample data and does not describe a real organisation.")], Style: ParagraphStyle.Notice),
        };
        var index = 0;
        foreach (var domain in Domains)
        {
            var (rag, colour, text) = (index % 3) switch
            {
                0 => ("Green", Green, Colour.White),
                1 => ("Amber", Amber, Colour.Black),
                _ => ("Red", Red, Colour.White),
            };
            blocks.Add(new Heading(2, [new TextRun($"{index + 1}. {domain}")]));
            blocks.Add(new Paragraph([new TextRun("Rating: ", Bold: true), new Badge(rag, colour, text)]));
            blocks.Add(P(Invariant($"The cluster’s plan for {domain} was reviewed against the Annex 3 questions. Commissioners have set out the actions needed to meet the standard, with milestones for each quarter and named leads in every PCT. The plan relies on £{2.5 + index:0.0} million of recurrent investment and on agreement with providers on capacity – including the independent sector – before the end of June.")));
            blocks.Add(P("Key risks are the pace of change in community services, the availability of the workforce and the transfer of responsibilities to clinical commissioning groups. Mitigating action is in place for each; the SHA cluster will review progress monthly and will escalate to the Department of Health where a risk is not being managed."));
            blocks.Add(new ListBlock(false, [Item("Trajectory agreed with the lead provider."), Item("Milestones for each quarter of 2012/13."), Item("Named executive lead in every PCT.")]));
            blocks.Add(TrajectoryTable(domain, index));
            blocks.Add(MilestoneTable(domain, index));
            if (index % 2 == 0)
            {
                blocks.Add(Chart(domain, index));
            }

            index++;
        }

        blocks.Add(new Heading(2, [new TextRun("Annex: trajectories against national standards")]));
        blocks.Add(new Table(
            [new TableColumn(3), new TableColumn(1, TextAlignment.Right), new TableColumn(1, TextAlignment.Right), new TableColumn(1.4)],
            [new TableRow([TableCell.Text("Domain", CellScope.Column), TableCell.Text("Plan", CellScope.Column), TableCell.Text("Standard", CellScope.Column), TableCell.Text("Rating", CellScope.Column)])],
            [new TableRowGroup(null, Domains.Select((d, i) => new TableRow(
            [
                TableCell.Text(d, CellScope.Row),
                TableCell.Text(Invariant($"{88 + (i % 5):0.0}%")),
                TableCell.Text("90.0%"),
                new TableCell([new Paragraph([new Badge((i % 3) switch { 0 => "Green", 1 => "Amber", _ => "Red" }, (i % 3) switch { 0 => Green, 1 => Amber, _ => Red }, i % 3 == 1 ? Colour.Black : Colour.White)])]),
            ])).ToList())],
            "Annex table: planned position against each national standard"));
        return blocks;
    }

    private static Table AssuranceTable() => new(
        [new TableColumn(2.2), new TableColumn(1), new TableColumn(3.2)],
        [new TableRow([TableCell.Text("Part of the submission", CellScope.Column), TableCell.Text("Outcome", CellScope.Column), TableCell.Text("Comment", CellScope.Column)])],
        [
            new TableRowGroup(null,
            [
                Row("Integrated plan", "Assured", "Clear narrative linking the cluster’s priorities to the four Operating Framework themes."),
                Row("Activity and finance", "Assured", "Activity growth of 2.3% is consistent with the contracts agreed with providers."),
                Row("QIPP schedule", "Conditions", "Savings of £132.4m are identified; £18.5m of contingency needs confirming."),
                Row("Constitution standards", "Conditions", "Referral to treatment trajectory to be revised for the admitted pathway."),
            ]),
        ],
        "Table 1: Outcome for each part of the submission");

    private static Table ActionsTable() => new(
        [new TableColumn(3), new TableColumn(1.6), new TableColumn(1.1)],
        [new TableRow([TableCell.Text("Action", CellScope.Column), TableCell.Text("Owner", CellScope.Column), TableCell.Text("By", CellScope.Column)])],
        [
            new TableRowGroup("Performance",
            [
                Row("Revise the admitted referral to treatment trajectory", "Director of Performance", "31 May 2012"),
                Row("Report A&E four-hour performance weekly over winter", "Director of Performance", "1 Nov 2012"),
            ]),
            new TableRowGroup("Finance",
            [
                Row("Confirm the QIPP contingency and its schemes", "Director of Finance", "15 Jun 2012"),
            ]),
        ],
        "Table 2: Actions, owners and dates");

    private static Table TrajectoryTable(string domain, int seed)
    {
        var rows = new List<TableRow>();
        string[] quarters = ["Q1 2012/13", "Q2 2012/13", "Q3 2012/13", "Q4 2012/13"];
        for (var q = 0; q < quarters.Length; q++)
        {
            var plan = 88.0 + ((seed + q) % 5);
            var standard = 90.0;
            rows.Add(new TableRow(
            [
                TableCell.Text(quarters[q], CellScope.Row),
                TableCell.Text(Invariant($"{plan:0.0}%")),
                TableCell.Text(Invariant($"{standard:0.0}%")),
                new TableCell([new Paragraph([new TextRun(plan >= standard ? "Meets standard" : "Below standard")])], Shading: plan >= standard ? Colour.FromHex("E6F4EA") : Colour.FromHex("FDECEA")),
            ]));
        }

        return new Table(
            [new TableColumn(1.3), new TableColumn(1, TextAlignment.Right), new TableColumn(1, TextAlignment.Right), new TableColumn(1.6)],
            [new TableRow([TableCell.Text("Quarter", CellScope.Column), TableCell.Text("Plan", CellScope.Column), TableCell.Text("Standard", CellScope.Column), TableCell.Text("Assessment", CellScope.Column)])],
            [new TableRowGroup(null, rows)],
            $"Trajectory against the national standard: {domain}");
    }

    private static Table MilestoneTable(string domain, int seed)
    {
        string[] milestones = ["Trajectory agreed with providers", "Capacity plan signed off", "First quarterly review", "Recovery actions in place", "Year-end position confirmed"];
        string[] months = ["Apr 2012", "Jun 2012", "Sep 2012", "Dec 2012", "Mar 2013"];
        var rows = milestones.Select((m, i) => new TableRow(
        [
            TableCell.Text(m, CellScope.Row),
            TableCell.Text(months[i]),
            new TableCell([new Paragraph([new Badge((seed + i) % 4 == 3 ? "At risk" : "On track", (seed + i) % 4 == 3 ? Amber : Green, (seed + i) % 4 == 3 ? Colour.Black : Colour.White)])]),
        ])).ToList();
        return new Table(
            [new TableColumn(3), new TableColumn(1.2), new TableColumn(1.2)],
            [new TableRow([TableCell.Text("Milestone", CellScope.Column), TableCell.Text("Due", CellScope.Column), TableCell.Text("Status", CellScope.Column)])],
            [new TableRowGroup(null, rows)],
            $"QIPP and reform milestones: {domain}");
    }

    private static Figure Chart(string domain, int seed) => new(
        $"Bar chart of planned performance for {domain.ToLowerInvariant()} by PCT, against the national standard of 90%. Norfolk 92.1%, Suffolk 88.4%, Great Yarmouth and Waveney 90.6%.",
        $"Figure: planned performance by PCT, {domain}",
        new BarChart(
        [
            new Bar("Norfolk", 92.1 - (seed % 3), Blue),
            new Bar("Suffolk", 88.4, Blue),
            new Bar("Great Yarmouth and Waveney", 90.6, Blue),
        ],
        100,
        90,
        "National standard 90%"));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select((c, i) => i == 0 ? TableCell.Text(c, CellScope.Row) : TableCell.Text(c)).ToList());

    private static Paragraph P(string text) => new([new TextRun(text)]);

    // Numbers in the documents are data, formatted the same whatever the machine's culture.
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static ListItem Item(string text, params Block[] more) => new([P(text), .. more]);

    private static DocumentMetadata Meta(string title, string subject) =>
        new(title, "Department of Health", subject, LetterDate, "en-GB", "Gateway 17420", ["NHS", "planning", "assurance", "2012/13"]);

    private static List<Block> Letterhead() =>
    [
        new Paragraph([new TextRun("Department of Health", Bold: true)], TextAlignment.Right, ParagraphStyle.Subtitle),
        new AddressBlock(["Richmond House", "79 Whitehall", "London SW1A 2NS"], TextAlignment.Right),
    ];

    private static PageSetup Page(IReadOnlyList<Block> letterhead) =>
        PageSetup.A4Portrait with
        {
            Header = new RunningContent([new RunningLine([new TextRun("Illustrative data – not a real organisation")], TextAlignment.Right)]),
            Footer = new RunningContent(
            [
                new RunningLine([new TextRun("Page "), new PageNumberField(PageNumberKind.Current), new TextRun(" of "), new PageNumberField(PageNumberKind.Total)], TextAlignment.Centre),
            ]),
            FirstPageLetterhead = letterhead,
        };
}
