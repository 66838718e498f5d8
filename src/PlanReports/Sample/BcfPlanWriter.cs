using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// One Better Care Fund plan per Health and Wellbeing Board (seed 003 Annex I): vision, risk sharing, pooled fund,
/// schemes, national conditions, metrics, shared risk register, sign-offs, and NHS England's assurance outcome.
/// </summary>
internal static class BcfPlanWriter
{
    private static readonly IReadOnlyList<string> Visions =
    [
        "By 2019 people in {place} will be supported to live independently at home for longer, with health and social care organised around them rather than around our organisations. Care will be planned with the person, delivered by one team in each locality, and available seven days a week, so that a hospital or care home is used only when it is the right place to be.",
        "Our ambition is that older people and people with long-term conditions in {place} tell their story once, have one named professional co-ordinating their care, and get help early enough to avoid a crisis. Over five years we will shift resources from emergency hospital care into prevention, reablement and community support.",
        "{place} will have a single health and care system in which the council and the NHS plan, commission and account for care together. We will measure success by fewer avoidable admissions, more people regaining independence after illness, and carers who feel supported.",
    ];

    private static readonly IReadOnlyList<string> RiskSharing =
    [
        "A Section 75 pooled budget hosted by the council, overseen by a joint commissioning board. Overspends on schemes are met by the partner whose commissioning decision caused them; a contingency of 1% of the fund is held against the performance element until the October 2015 payment is confirmed.",
        "The CCGs host the pooled budget under a Section 75 agreement. The payment-for-performance element is held back and released to schemes as metrics are achieved; if the reduction in emergency admissions is not achieved, the CCGs fund the acute activity from the held-back sum before scheme spending resumes.",
        "Risk is shared in proportion to contributions. The partners hold a joint contingency equal to the performance pool; the Health and Wellbeing Board reviews the risk register quarterly and agrees the use of any held-back funding with NHS England.",
    ];

    private static readonly IReadOnlyList<(string Risk, string Mitigation, bool Council)> Risks =
    [
        ("Emergency admissions do not fall as planned, so the acute trust's income is protected at the expense of community schemes.",
         "Monthly tracking of non-elective activity against plan; schemes reviewed at the joint commissioning board; contingency held against the performance element.", false),
        ("Demographic growth in social care demand outstrips the protection the fund provides.",
         "Demand modelling refreshed each quarter; eligibility and prevention offer reviewed jointly; use of the contingency agreed by the board.", true),
        ("Recruitment of therapists and social workers for seven-day services is slower than planned.",
         "Joint recruitment campaign; rotational posts across health and social care; phased introduction starting with the main acute site.", true),
        ("Information governance issues delay sharing records based on the NHS number.",
         "Information sharing agreement approved by the Caldicott guardians; NHS number matching project funded from the pooled budget.", false),
        ("Providers do not agree the consequential impact on their services, delaying contracts.",
         "Provider-by-provider impact shared early; system resilience group agrees transition; contracts include activity shift clauses.", false),
        ("The Care Act duties from April 2015 add costs that the fund does not cover.",
         "Care Act costs modelled and identified in the plan; national funding assumptions monitored; council reserves earmarked.", true),
        ("Metrics fall short of 70% of the ambition, holding back part of the performance payment.",
         "Recovery plan template agreed in advance with the local government peer reviewer; metrics reported monthly to the board.", false),
    ];

    public static void Write(SampleContext context)
    {
        foreach (var board in context.England.Boards)
        {
            WritePlan(context, board);
        }
    }

    private static void WritePlan(SampleContext context, SampleHealthAndWellbeingBoard board)
    {
        var tables = context.Tables;
        var hwb = board.Organisation.Code;
        var random = context.Random("bcf-plan", hwb);
        var place = board.Organisation.Name[..board.Organisation.Name.IndexOf(" Health and Wellbeing Board", StringComparison.Ordinal)];

        // The board signs last, between 20 March and 3 April 2014, for submission by 4 April (seed 003 ¶59).
        var boardSigned = new DateOnly(2014, 3, 20).AddDays(random.Between(0, 14));
        var submitted = boardSigned.AddDays(1) > new DateOnly(2014, 4, 4) ? new DateOnly(2014, 4, 4) : boardSigned.AddDays(1);
        var pool = Money.Share(1_000_000_000, board.Council.PopulationThousands);
        tables.BcfPlan.Add(hwb, Submissions.BcfFinal, random.Pick(Visions).Replace("{place}", place, StringComparison.Ordinal),
            random.Pick(RiskSharing), pool, submitted);

        var (fund1415, fund1516) = BcfFundWriter.Write(context, board);
        BcfFundWriter.WriteSchemes(context, board, fund1415, fund1516);
        var notMet = BcfConditionWriter.Write(context, board, boardSigned, Money.RoundToThousand(fund1516 * 0.3));
        BcfMetricWriter.Write(context, board);

        var risks = random.PickDistinct(Risks, random.Between(3, 6));
        for (var i = 0; i < risks.Count; i++)
        {
            var owner = risks[i].Council ? board.Council.Code : board.Ccgs[random.Next(board.Ccgs.Count)].Code;
            tables.BcfRisk.Add(hwb, i + 1, risks[i].Risk, random.Between(2, 4), random.Between(2, 5), risks[i].Mitigation, owner);
        }

        var chair = context.England.Contact(hwb, "hwb-chair");
        tables.BcfSignoff.Add(hwb, hwb, chair.Name, "Chair of the Health and Wellbeing Board", boardSigned);
        var councilChief = context.England.Contact(board.Council.Code, "chief-executive");
        tables.BcfSignoff.Add(hwb, board.Council.Code, councilChief.Name, "Chief Executive", boardSigned.AddDays(-random.Between(1, 10)));
        foreach (var ccg in board.Ccgs)
        {
            var officer = context.England.Contact(ccg.Code, "accountable-officer");
            tables.BcfSignoff.Add(hwb, ccg.Code, officer.Name, "Chief Officer", boardSigned.AddDays(-random.Between(1, 12)));
        }

        BcfDecisionWriter.Write(context, board, notMet, risks.Select(r => (r.Risk, r.Mitigation)).Take(2).ToList());
    }

    public static string Reference(SampleHealthAndWellbeingBoard board) =>
        string.Create(CultureInfo.InvariantCulture, $"BCF/{board.LocalAreaTeam.Code}/{board.Organisation.Code}");
}
