using PlanReports.Reports.Lookups;
using PlanReports.Reports.RagNarrativeBundle;
using PlanReports.Reports.RagNarrativePack;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

public sealed class RagNarrativePackTests
{
    [EngineTheory]
    public void Summary_groups_the_six_transition_and_reform_sub_domains_as_the_seed_does(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = new RagNarrativePackSource(c).Load("C1");
        Assert.Equal(2, pack.SummaryGroups.Count);
        Assert.Null(pack.SummaryGroups[0].Name);
        Assert.Equal(7, pack.SummaryGroups[0].Domains.Count);
        Assert.Equal("Transition and reform", pack.SummaryGroups[1].Name);
        Assert.Equal("Commissioning development – CCGs", pack.SummaryGroups[1].Domains[0].Domain.Name);
        Assert.Equal(6, pack.SummaryGroups[1].Domains.Count);
    }

    [EngineTheory]
    public void Missing_april_key_risks_are_stated_not_left_blank(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = new RagNarrativePackSource(c).Load("C1");
        var ph = pack.Domains.Single(d => d.Domain.Code == "tr-public-health");
        Assert.Equal("No key risks were recorded for this domain in the April 2012 submission.", ph.KeyRisksText);
        Assert.Equal(["Are the plans for public health transition robust?"], ph.Questions);
        Assert.Equal("Alpha finance risk.", pack.Domains.Single(d => d.Domain.Code == "finance").KeyRisksText);
    }

    [EngineTheory]
    public void January_pack_marks_key_risks_as_required_only_in_april(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var january = new SubmissionLookup(c).Get(FixtureStore.January);
        var pack = new RagNarrativePackSource(c).Load("C1", january);
        Assert.All(pack.Domains, d => Assert.StartsWith("Not required: key risks are required only in the April submission", d.KeyRisksText, StringComparison.Ordinal));
        Assert.Equal(Rag.Amber, pack.Domains.Single(d => d.Domain.Code == "finance").Rag);
    }

    [EngineTheory]
    public void Unrated_domain_says_so(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var beta = new RagNarrativePackSource(c).Load("C2");
        var informatics = beta.Domains.Single(d => d.Domain.Code == "informatics");
        Assert.Equal("Not rated", informatics.RatingText);
        Assert.Equal("No rating or commentary was recorded for this domain in the April 2012 submission.", informatics.CommentaryText);
    }

    [EngineTheory]
    public void Qipp_annex_judges_key_programmes_against_half_of_planned_savings(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = new RagNarrativePackSource(c).Load("C1");
        Assert.Equal(["Prescribing", "Urgent care redesign"], pack.QippProgrammes.Select(p => p.Name));
        Assert.Equal(13000, pack.QippProgrammes.Single(p => p.Code == "q-urgent").TotalK);
        Assert.Equal(2, pack.QippProgrammes.Single(p => p.Code == "q-urgent").Milestones.Count);
        Assert.Equal("£11,000k of £20,000k planned (55.0%): above the 50% the planning guidance expects.", pack.QippYears[0].Verdict);
        Assert.Equal("£9,000k of £18,000k planned (50.0%): not above the 50% the planning guidance expects.", pack.QippYears[1].Verdict);
    }

    [EngineTheory]
    public void Trajectories_are_split_by_pct_and_by_whether_a_standard_applies(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var pack = new RagNarrativePackSource(c).Load("C1");
        Assert.Equal(["Alpha North PCT", "Alpha South PCT"], pack.Trajectories.Select(t => t.Pct.Name));
        var north = pack.Trajectories[0];
        Assert.Equal(["ae-4h", "mrsa"], north.AgainstStandards.Select(t => t.IndicatorCode));
        Assert.Equal(["quitters"], north.WithoutStandard.Select(t => t.IndicatorCode));
        Assert.Equal(2, north.PlannedMisses);
        Assert.Equal(0, pack.Trajectories[1].PlannedMisses);
        Assert.Equal(["m-r1", "m-r2"], pack.ReformMilestones.Select(m => m.Code));
    }

    [EngineTheory]
    public void Bundle_holds_the_same_packs_as_the_single_documents(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var bundle = new RagNarrativeBundleSource(c).Load("Q01");
        Assert.Equal(["C1", "C2"], bundle.Packs.Select(p => p.Cluster.Code));
        var single = new RagNarrativePackSource(c).Load("C2");
        Assert.Equal(single.Domains.Select(d => d.RatingText), bundle.Packs[1].Domains.Select(d => d.RatingText));
    }
}
