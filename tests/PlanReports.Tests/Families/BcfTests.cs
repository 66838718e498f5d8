using PlanReports.Reports.BcfApprovalLetter;
using PlanReports.Reports.BcfPlanPack;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

public sealed class BcfTests
{
    [EngineTheory]
    public void Pack_names_the_parties_and_checks_the_pool_against_the_minimum(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = new BcfPlanPackSource(c).Load("H1");
        Assert.Equal(["Alphashire County Council"], pack.Councils.Select(o => o.Name));
        Assert.Equal(["NHS Alpha North CCG", "NHS Alpha South CCG"], pack.Ccgs.Select(o => o.Name));
        Assert.Equal(["CCG minimum contribution", "CCG minimum contribution", "CCG additional contribution", "NHS transfer to social care", "Disabled Facilities Grant"],
            pack.FundLines.Select(l => l.SourceLabel));
        Assert.Equal("The pool of £3,500,000 meets the minimum of £3,000,000.", pack.FundYears[0].Verdict);
        Assert.Equal("The pool of £11,000,000 is £500,000 short of the minimum of £11,500,000.", pack.FundYears[1].Verdict);
        Assert.Equal((2_000_000, 6_000_000), (pack.SchemeSpend201415, pack.SchemeSpend201516));
    }

    [EngineTheory]
    public void All_six_conditions_appear_with_a_missing_status_stated(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = new BcfPlanPackSource(c).Load("H1");
        Assert.Equal(6, pack.Conditions.Count);
        var acute = pack.Conditions[5];
        Assert.Equal(("No status recorded", "The plan gives no explanation for this condition."), (acute.StatusLabel, acute.ExplanationText));
        Assert.Equal("Not met", pack.Conditions[3].StatusLabel);
    }

    [EngineTheory]
    public void Metrics_show_the_five_national_then_the_local_with_tests_named_and_concluded(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var metrics = new BcfPlanPackSource(c).Load("H1").Metrics;
        Assert.Equal(
            ["Admissions to residential and care homes", "Effectiveness of reablement", "Delayed transfers of care", "Avoidable emergency admissions", "Patient/service user experience", "Falls admissions among people aged 65 and over"],
            metrics.Select(m => m.Name));

        var care = metrics[0];
        Assert.Equal("800.0 per 100,000 (800 of 100,000) (2012/13)", care.BaselineText);
        Assert.Equal(("N/A", "Apr 2014 – Mar 2015"), (care.AprilPeriodText, care.OctoberPeriodText));
        Assert.Equal(
            "Comparison of two Poisson rates (normal approximation): baseline 800.0 per 100,000, ambition 700.0 per 100,000; difference -100.0 (95% confidence interval -175.9 to -24.1); z = -2.58; p = 0.010.",
            care.TestText);
        Assert.Equal("The ambition is a statistically significant improvement on the baseline at the 5% level (p = 0.010).", care.Conclusion);

        var reablement = metrics[1];
        Assert.StartsWith("Two-proportion z-test: baseline 82.0%, ambition 86.0%; difference +4.0 points (95% confidence interval +0.8 points to +7.2 points); z = 2.44; p = 0.015.", reablement.TestText, StringComparison.Ordinal);

        Assert.Equal("Not tested: the plan records no baseline or ambition for this metric.", metrics[2].TestText);
        Assert.Equal(string.Empty, metrics[2].Conclusion);
        Assert.StartsWith("The ambition is not a statistically significant improvement on the baseline (p = 0.221)", metrics[3].Conclusion, StringComparison.Ordinal);
        Assert.Equal("Not tested: the plan sets no ambition to compare with the baseline.", metrics[4].TestText);
        Assert.Equal("Local alternative", metrics[5].Kind);
        Assert.Contains("no direction of improvement", metrics[5].Conclusion, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Payment_shares_split_the_pool_250_250_500_and_add_up_exactly(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var payments = new BcfPlanPackSource(c).Load("H1").Payments;
        Assert.Equal([500_000L, 500_000L, 1_000_000L], payments.Shares.Select(s => s.Share));
        var odd = PaymentForPerformance.Split(1_000_001, [new(1, "April 2015", "£250m", 250, "a", []), new(2, "April 2015", "£250m", 250, "b", []), new(3, "October 2015", "£500m", 500, "c", [])]);
        Assert.Equal([250_000L, 250_000L, 500_001L], odd.Shares.Select(s => s.Share));
        var thirds = PaymentForPerformance.Split(100, [new(1, "x", "", 1, "", []), new(2, "y", "", 1, "", []), new(3, "z", "", 1, "", [])]);
        Assert.Equal([34L, 33L, 33L], thirds.Shares.Select(s => s.Share));
    }

    [EngineTheory]
    public void Missing_sign_offs_are_listed(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = new BcfPlanPackSource(c).Load("H1");
        Assert.Equal(["Alphashire Health and Wellbeing Board", "Alphashire County Council", "NHS Alpha North CCG", "NHS Alpha South CCG"], pack.SignOffs.Select(s => s.Organisation.Name));
        Assert.Equal("Cllr Eve Shire, Chair, 2 April 2014", pack.SignOffs[0].SignedText);
        Assert.Equal(["Alphashire County Council", "NHS Alpha South CCG"], pack.MissingSignOffs.Select(s => s.Organisation.Name));
        Assert.Equal(["14 February 2014", "4 April 2014"], pack.Timetable.Select(t => t.DateText));
    }

    [EngineTheory]
    public void Approval_letter_uses_the_packs_payment_shares_and_names_unmet_april_conditions(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var letter = new BcfApprovalLetterSource(c).Load("H1");
        var pack = new BcfPlanPackSource(c).Load("H1");
        // Equivalent, not Equal: each share holds its own list of items, compared by content.
        Assert.Equivalent(pack.Payments.Shares, letter.Payments.Shares, strict: true);
        Assert.Equal("Approved subject to conditions", letter.Decision!.OutcomeLabel);
        Assert.Equal("Cllr Eve Shire", letter.Chair!.Name);
        Assert.Equal(["seven-day", "acute-impact"], letter.AprilConditionsNotMet.Select(x => x.Code));
        Assert.Equal("30 June 2014", letter.LetterDateText);
        Assert.Equal(3, letter.CopiedTo.Count);
    }
}
