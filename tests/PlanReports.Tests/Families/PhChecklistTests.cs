using PlanReports.Reports.PhChecklist;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Families;

public sealed class PhChecklistTests
{
    [EngineTheory]
    public void Checklist_keeps_sections_prompts_and_sub_prompts_with_responses(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var report = new PhChecklistSource(c).Load("C1");
        Assert.Equal("Alpha City Council and Alphashire County Council", report.LocalAuthorityNames);
        Assert.Equal(["1", "2"], report.Sections.Select(s => s.Code));
        Assert.Equal(["1.1", "1.2", "1.2.a", "1.2.b", "2.1"], report.Prompts.Select(p => p.Code));
        var prompt = report.Prompts.Single(p => p.Code == "1.2");
        Assert.Equal("In\u00A0progress", prompt.StatusLabel);
        Assert.Equal("Finish the service map. Owner: Director of Public Health. Due: 31 July 2012.", prompt.Response!.ActionText);
        Assert.Equal("None needed.", report.Prompts.Single(p => p.Code == "1.1").Response!.ActionText);
    }

    [EngineTheory]
    public void Open_items_and_unanswered_prompts_are_summarised(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var report = new PhChecklistSource(c).Load("C1");
        Assert.Equal(["1.2", "1.2.b"], report.OpenItems.Select(p => p.Code));
        Assert.Equal(["2.1"], report.Unanswered.Select(p => p.Code));
        Assert.Equal("No response recorded", report.Unanswered[0].StatusLabel);
        Assert.Equal([("Complete", 2), ("In\u00A0progress", 1), ("Not\u00A0started", 1), ("Not\u00A0applicable", 0), ("No response recorded", 1)], report.StatusCounts.Select(s => (s.Status, s.Count)));
        Assert.Equal("No evidence recorded.", report.Prompts.Single(p => p.Code == "1.2.b").Response!.EvidenceText);
    }

    [EngineTheory]
    public void Public_health_milestones_show_the_local_milestone_status_or_say_there_is_none(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var report = new PhChecklistSource(c).Load("C1");
        Assert.Equal(["ph-1", "ph-2"], report.Milestones.Select(m => m.Code));
        Assert.Equal("Public health transition plan agreed with local authorities: Complete (reported May 2012)", report.Milestones[0].StatusText);
        Assert.Equal("No milestone in the cluster's plan meets this expectation.", report.Milestones[1].StatusText);
    }

    [EngineTheory]
    public void Cluster_without_responses_or_local_authorities_says_so(StoreEngine engine)
    {
        using var c = FixtureStore.Create(engine);
        var report = new PhChecklistSource(c).Load("C2");
        Assert.False(report.HasResponses);
        Assert.Equal("no local authority recorded in the store", report.LocalAuthorityNames);
        Assert.Equal(5, report.Unanswered.Count);
    }
}
