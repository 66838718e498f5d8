namespace PlanReports.Sample;

/// <summary>
/// The status and explanation of each of the six national conditions (seed 003 Annex I ¶31), in the order the
/// seed lists them. Explanations are written from banks per condition and status, with the area's names filled in.
/// </summary>
internal static class BcfConditionWriter
{
    // Indexed by the condition's position (1–6), then by status.
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<string>>> Explanations =
    [
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["met"] =
            [
                "The plan was agreed by {council} and {ccgs} and signed off by the Health and Wellbeing Board on {date}. Providers were engaged through the system resilience group and a joint provider workshop.",
                "Signed off by the Health and Wellbeing Board on {date}, with the agreement of {council} and {ccgs}. The acute, community and mental health trusts contributed to the capacity and workforce assessment.",
            ],
            ["on-track"] =
            [
                "Agreed in principle by {council} and {ccgs}; the governing bodies confirm formal agreement at their May meetings, and provider engagement continues through the urgent care board.",
            ],
            ["not-met"] =
            [
                "Not every CCG has agreed the scale of the pooled budget with {council}; the plan went to the Health and Wellbeing Board without the agreement of every party.",
            ],
        },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["met"] =
            [
                "Adult social care is protected by maintaining current eligibility at moderate and above and funding demographic growth in home care, consistent with the 2012 Department of Health guidance.",
                "Protection is defined locally as no reduction in the number of people receiving a service: the plan funds £{protection} of social care services that benefit health in 2015/16.",
            ],
            ["on-track"] =
            [
                "The definition of protection was agreed by the Health and Wellbeing Board; the sums that support it are being confirmed as the council sets its 2015/16 budget.",
            ],
            ["not-met"] =
            [
                "The plan does not yet say how adult social care services will be protected; the council's 2015/16 savings proposals are still under consultation.",
            ],
        },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["met"] =
            [
                "Social work and therapy teams at the acute trust work seven days a week from April 2014, with weekend home care starts and a rapid response service to prevent admissions.",
                "Seven-day discharge teams operate at both acute sites and community nursing works at weekends, following the principles of the Keogh review of urgent and emergency care.",
            ],
            ["on-track"] =
            [
                "Weekend social work cover runs at the main acute site; seven-day therapy and home care starts follow in October 2014 as the workforce is recruited.",
            ],
            ["not-met"] =
            [
                "No plan for seven-day services yet: weekend cover depends on recruitment the partners have not yet funded, and the plan does not explain why.",
            ],
        },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["met"] =
            [
                "The NHS number is the primary identifier in the council's social care system and in community health records; open interfaces are procured and Caldicott 2 information governance controls are in place.",
                "All health and care records carry the NHS number; a shared care record based on open APIs went live in the integrated teams, under an information sharing agreement consistent with Caldicott 2.",
            ],
            ["on-track"] =
            [
                "NHS number matching of social care records is 85% complete and will be finished by September 2014; the information sharing agreement is with the Caldicott guardians for approval.",
            ],
            ["not-met"] =
            [
                "Social care records do not yet hold the NHS number and there is no date for doing so; information governance controls for sharing are still to be agreed.",
            ],
        },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["met"] =
            [
                "Risk stratification identifies the 2% of adults at highest risk; each receives case management with a named accountable professional, and a further 8% are offered self-management support. Dementia is a priority pathway.",
                "Joint assessment is in place in every locality team; people aged 75 and over have an accountable GP and those with complex needs a lead professional who co-ordinates a single care plan.",
            ],
            ["on-track"] =
            [
                "Case management with an accountable professional covers four of six localities; the remainder follow by December 2014 as the integrated teams are completed.",
            ],
            ["not-met"] =
            [
                "The proportion of the population receiving case management has not been identified and no accountable professional arrangements are described.",
            ],
        },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["met"] =
            [
                "The impact on each provider has been modelled and agreed: a reduction of about 3% in non-elective admissions at the main acute trust, reflected in its two-year operational plan. Mental health services are not reduced.",
                "Provider-by-provider impact was agreed at the joint commissioning board, with public and patient engagement through Healthwatch and agreement from the council's cabinet. Mental health investment is maintained.",
            ],
            ["on-track"] =
            [
                "The acute trust accepts the activity shift in principle; the financial consequences are being agreed in the 2014/15 contract round.",
            ],
            ["not-met"] =
            [
                "The acute trust has not agreed the modelled reduction in emergency admissions, and the consequential impact is not yet reflected in its plan.",
            ],
        },
    ];

    /// <summary>Writes the six statuses and returns how many are not met.</summary>
    public static int Write(SampleContext context, SampleHealthAndWellbeingBoard board, DateOnly signedOn, long protection)
    {
        var random = context.Random("bcf-conditions", board.Organisation.Code);
        var ccgs = board.Ccgs.Count == 1
            ? board.Ccgs[0].Name
            : $"the {Words.Number(board.Ccgs.Count)} CCGs ({Names.Join(board.Ccgs.Select(c => c.Name))})";
        var notMet = 0;
        for (var i = 0; i < context.Reference.BcfConditionCodes.Count; i++)
        {
            var code = context.Reference.BcfConditionCodes[i];
            var draw = random.NextDouble();
            if (board.Organisation.Code == context.Gaps.MissingConditionBoard.Code && code == context.Gaps.MissingCondition)
            {
                continue; // planted: the plan is silent on this condition
            }
            // Plans that were signed off have met the first condition by definition.
            var status = i == 0 ? "met" : draw < 0.72 ? "met" : draw < 0.96 ? "on-track" : "not-met";
            notMet += status == "not-met" ? 1 : 0;
            var bank = Explanations[Math.Min(i, Explanations.Count - 1)][status];
            var text = random.Pick(bank)
                .Replace("{council}", board.Council.Name, StringComparison.Ordinal)
                .Replace("{ccgs}", ccgs, StringComparison.Ordinal)
                .Replace("{date}", Names.LongDate(signedOn), StringComparison.Ordinal)
                .Replace("{protection}", Names.Pounds(protection), StringComparison.Ordinal);
            context.Tables.BcfConditionStatus.Add(board.Organisation.Code, code, status, text);
        }
        return notMet;
    }
}
