using PlanReports.Reports.Lookups;
using PlanReports.Reports.PctAssuranceLetter;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

public sealed class PctAssuranceLetterTests
{
    [EngineTheory]
    public void Letter_lists_red_then_amber_domains_with_their_commentary(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var letter = new PctAssuranceLetterSource(c).Load("C1");
        Assert.Equal("Northern SHA Cluster", letter.ShaCluster.Name);
        Assert.Equal("Bob Alpha", letter.Recipient!.Name);
        Assert.Equal(["finance", "qipp"], letter.DomainsNeedingAction.Select(d => d.Domain.Code));
        Assert.Equal("Alpha finance commentary.", letter.DomainsNeedingAction[0].Commentary);
        Assert.Equal("1 red, 1 amber and 11 green", letter.RatingCounts);
        Assert.Equal("Assured with conditions", letter.Decision!.OutcomeLabel);
        Assert.Equal(Rag.Amber, letter.Decision.OverallRag);
        Assert.Equal("We will review progress with you on 15 June 2012.", letter.NextReviewText);
        Assert.Equal(["Condition", "Action"], letter.Decision.Conditions.Select(x => x.KindLabel));
        Assert.Equal("31 May 2012", letter.Decision.Conditions[0].DueText);
    }

    [EngineTheory]
    public void Letter_without_review_date_or_decision_says_so(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var source = new PctAssuranceLetterSource(c);
        Assert.Equal("No date has yet been set for the next review; we will write to you to agree one.", source.Load("C2").NextReviewText);
        var gamma = source.Load("C3");
        Assert.Null(gamma.Decision);
        Assert.Null(gamma.Recipient);
        Assert.Equal(FixtureStore.April, gamma.Submission.Code);
        Assert.Equal(12, gamma.DomainsNotRated.Count);
    }

    [EngineTheory]
    public void Every_pct_cluster_is_a_target(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        Assert.Equal(["C1", "C2", "C3"], new PctAssuranceLetterSource(c).Targets().Select(o => o.Code));
    }
}
