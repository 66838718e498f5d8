namespace PlanReports.Sample;

/// <summary>
/// NHS England's assurance outcome for one BCF plan, consistent with the plan: a plan below the minimum is not
/// approved, a plan with an unmet or unaddressed condition or an incomplete metric is approved subject to
/// conditions, and each such gap becomes a condition with an owner and a date.
/// </summary>
internal static class BcfDecisionWriter
{
    public static void Write(SampleContext context, SampleHealthAndWellbeingBoard board, int conditionsNotMet, IReadOnlyList<(string Risk, string Mitigation)> risks)
    {
        var tables = context.Tables;
        var gaps = context.Gaps;
        var hwb = board.Organisation.Code;
        var random = context.Random("bcf-decision", hwb);
        var id = "BCF-" + hwb;

        var underMinimum = hwb == gaps.UnderMinimumBoard.Code;
        var conditionGap = conditionsNotMet > 0 || hwb == gaps.MissingConditionBoard.Code;
        var metricGap = hwb == gaps.UnjustifiedLocalMetricBoard.Code || hwb == gaps.MissingAmbitionBoard.Code;

        var outcome = underMinimum ? "not-approved"
            : conditionGap || metricGap ? "approved-subject-to-conditions"
            : random.Chance(0.25) ? "approved-with-support"
            : "approved";
        var summary = outcome switch
        {
            "not-approved" => "The plan does not pool the minimum the allocation letter requires for 2015/16 and cannot be approved. A revised plan is required.",
            // The letter states the outcome itself; the summary gives the reason, so it does not repeat it.
            "approved-subject-to-conditions" => "The conditions below must be met before the performance element is released.",
            "approved-with-support" => "NHS England and the LGA will provide support to strengthen delivery of the schemes and metrics.",
            _ => "It meets the national conditions and sets appropriate levels of ambition for every metric.",
        };
        var meeting = new DateOnly(2014, 5, 12).AddDays(random.Between(0, 18));
        var letter = meeting.AddDays(random.Between(10, 21));
        // The area director signs, so the letter is the area team's and goes out on its letterhead.
        var team = context.England.Contact(board.LocalAreaTeam.Code, "signatory");
        tables.Decision.Add(id, "bcf-approval", Submissions.BcfFinal, hwb, board.LocalAreaTeam.Code, team.Id, meeting, letter,
            BcfPlanWriter.Reference(board), outcome, null, summary, outcome == "approved" ? null : new DateOnly(2014, 9, 19));

        tables.DecisionPart.Add(id, 1, "Pooled fund", underMinimum ? 0 : 1,
            underMinimum ? "The 2015/16 pooled fund is below the minimum in the allocation letter." : "Meets the minimum in both years.");
        tables.DecisionPart.Add(id, 2, "National conditions", conditionGap ? 0 : 1,
            conditionGap ? "Not every national condition is met or addressed." : "All six national conditions are met or on track.");
        tables.DecisionPart.Add(id, 3, "Metrics and levels of ambition", metricGap ? 0 : 1,
            metricGap ? "The metrics are incomplete." : "Baselines and ambitions are set for the five national metrics and the local metric.");
        tables.DecisionPart.Add(id, 4, "Schemes, risks and sign-off", 1, "Signed off by the Health and Wellbeing Board, the council and the CCGs.");

        var chair = context.England.Contact(hwb, "hwb-chair");
        var owner = $"{chair.Name}, Chair of the {board.Organisation.Name}";
        var position = 0;
        if (underMinimum)
        {
            tables.DecisionCondition.Add(id, ++position, "condition", "Increase the CCG contributions to the 2015/16 pooled fund to at least the minimum in the allocation letter and resubmit the plan.", owner, new DateOnly(2014, 7, 31));
        }
        if (conditionGap)
        {
            tables.DecisionCondition.Add(id, ++position, "condition", "Set out how the plan meets every national condition, with dates for those not yet met.", owner, new DateOnly(2014, 7, 31));
        }
        if (hwb == gaps.UnjustifiedLocalMetricBoard.Code)
        {
            tables.DecisionCondition.Add(id, ++position, "condition", "Choose a local metric from the menu, or justify the local alternative against each criterion in the guidance.", owner, new DateOnly(2014, 7, 31));
        }
        if (hwb == gaps.MissingAmbitionBoard.Code)
        {
            tables.DecisionCondition.Add(id, ++position, "condition", $"Set a level of ambition for {gaps.MissingAmbitionMetric.Name.ToLowerInvariant()}.", owner, new DateOnly(2014, 7, 31));
        }
        if (outcome == "approved-with-support")
        {
            tables.DecisionCondition.Add(id, ++position, "action", "Take up the offer of peer support on modelling the reduction in emergency admissions.", owner, new DateOnly(2014, 9, 19));
        }

        for (var i = 0; i < risks.Count; i++)
        {
            tables.DecisionRisk.Add(id, i + 1, risks[i].Risk, risks[i].Mitigation);
        }
    }
}
