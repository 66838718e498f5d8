namespace PlanReports.Sample;

/// <summary>
/// Each PCT cluster's answers, with its local authorities, to the Annex 6 public health checklist prompts and
/// sub-prompts, in both submissions. Progress follows the cluster's public health transition rating, and every
/// item not complete has an action, an owner (the cluster's director of public health) and a date.
/// </summary>
internal static class ChecklistWriter
{
    // What the evidence is, by Annex 6 section (1 transfer, 2 delivery, 3 workforce, 4 governance, 5 infrastructure, 6 communication).
    private static readonly IReadOnlyList<string> Documents =
    [
        "the signed public health transition plan",
        "the service delivery schedule agreed with the local authority commissioners",
        "the workforce plan, tested against the Public Health HR Concordat",
        "the scheme of delegation and the transition risk register",
        "the contracts register, novation schedule and information sharing agreement",
        "the communications and engagement plan",
    ];

    public static void Write(SampleContext context, RatingBook ratings)
    {
        var publicHealth = context.Reference.Domains.Single(d => d.Code == "tr-public-health").Code;
        var items = context.Reference.ChecklistItems.Where(i => i.Level != "section").ToList();
        foreach (var cluster in context.England.PctClusters)
        {
            var code = cluster.Organisation.Code;
            var dph = context.England.Contact(code, "director-of-public-health");
            var councils = cluster.Councils;
            foreach (var item in items)
            {
                var random = context.Random("checklist", code, item.Code);
                var january = random.NextDouble();
                var aprilRag = ratings.Rag(Submissions.April, code, publicHealth);
                var completeBy = aprilRag switch { "green" => 0.8, "amber" => 0.55, _ => 0.3 };
                // An item's position only moves forward between January and April.
                var statusJanuary = january < completeBy * 0.45 ? "complete" : january < 0.85 ? "in-progress" : "not-started";
                var statusApril = january < completeBy ? "complete" : january < 0.95 ? "in-progress" : "not-started";
                Add(context, Submissions.January, code, item, statusJanuary, councils, dph, new DateOnly(2012, 3, 30), random);
                Add(context, Submissions.April, code, item, statusApril, councils, dph, new DateOnly(2012, 6, 29), random);
            }
        }
    }

    private static string Document(SampleChecklistItem item)
    {
        var section = int.Parse(item.Code.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        return Documents[Math.Clamp(section - 1, 0, Documents.Count - 1)];
    }

    // The joint transition board met monthly; an item was agreed at one of the meetings before the submission.
    private static readonly IReadOnlyList<DateOnly> JanuaryBoards = [new(2011, 10, 19), new(2011, 11, 16), new(2011, 12, 14), new(2012, 1, 11)];
    private static readonly IReadOnlyList<DateOnly> AprilBoards = [new(2012, 1, 11), new(2012, 2, 15), new(2012, 3, 14), new(2012, 3, 28)];

    // Evidence and actions name the item, the council that agreed it, the board meeting and the document, so the
    // rows of one report do not repeat each other.
    private static void Add(SampleContext context, string submission, string cluster, SampleChecklistItem item, string status,
        IReadOnlyList<SampleOrganisation> councils, SampleContact dph, DateOnly due, SampleRandom random)
    {
        var boards = submission == Submissions.January ? JanuaryBoards : AprilBoards;
        var agreedOn = Names.LongDate(boards[random.Next(boards.Count)]);
        var council = councils[random.Next(councils.Count)].Name;
        var nextBoard = Names.LongDate(submission == Submissions.January ? new DateOnly(2012, 2, 15) : new DateOnly(2012, 4, 18));
        var (evidence, action) = status switch
        {
            "complete" => ($"Item {item.Code} agreed with {council} at the joint public health transition board on {agreedOn}; evidence: {Document(item)}.", (string?)null),
            "in-progress" => ($"Item {item.Code} is drafted in {Document(item)} and agreed at officer level with {council}; formal agreement is due at the transition board on {nextBoard}.",
                              random.Chance(0.5)
                                  ? $"Take item {item.Code} to the joint transition board on {nextBoard} for agreement with {council}."
                                  : $"Complete item {item.Code} with the leads of {council} and report to the transition board on {nextBoard}."),
            _ => ($"Item {item.Code} is not yet started: it depends on national guidance due in the spring.",
                  $"Agree the approach to item {item.Code} with {council} once national guidance is published."),
        };
        context.Tables.PhChecklistResponse.Add(submission, cluster, item.Code, status, evidence, action,
            action is null ? null : $"{dph.Name}, {dph.JobTitle}", action is null ? null : due);
    }
}
