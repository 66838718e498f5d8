using PlanReports.Reports;
using PlanReports.Reports.SignoffLetter;
using PlanReports.Store;

namespace PlanReports.Tests.Reports;

public sealed class SignoffLetterSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planreports-signoff-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private SignoffLetterModel Load(string code)
    {
        var path = SignoffStore.Create(folder);
        using var c = new PlanStore(path).OpenReadOnly();
        var source = new SignoffLetterSource();
        var target = source.ListTargets(c, ReportDefinitionFor()).Single(t => t.OrganisationCode == code);
        return (SignoffLetterModel)source.Load(c, target).ViewModel;
    }

    private static ReportDefinition ReportDefinitionFor() =>
        new("signoff-letter", "Sign-off", "sha-cluster", "signoff-letter", ["pdf"], "{org_code}", PageOrientation.Portrait, true, ".");

    [Fact]
    public void The_letter_is_from_the_decisions_signatory_to_the_cluster_chief_executive()
    {
        var model = Load("sha-north");
        Assert.Equal("David Flory", model.Signatory.Name);
        Assert.Equal("Department of Health", model.Sender.Organisation);
        Assert.Equal(["Richmond House", "79 Whitehall", "London", "SW1A 2NS"], model.Sender.AddressLines);
        Assert.Equal("Ian Dalton", model.Addressee.Name);
        Assert.Equal("Dear Ian", model.Addressee.Salutation);
        Assert.Equal("Rachel Swallow", Assert.Single(model.Copies).Name);
        Assert.Equal("2012-04-26", model.MeetingOn);
        Assert.Equal("17503", model.GatewayReference);
    }

    [Fact]
    public void Parts_conditions_actions_and_risks_come_in_order_and_apart()
    {
        var model = Load("sha-north");
        Assert.Equal([true, false, true, true], model.Parts.Select(p => p.Assured));
        Assert.Equal("", model.Parts[2].Comment);
        Assert.Equal("Director of Performance, North of England", Assert.Single(model.Conditions).Owner);
        Assert.Equal("Tyne PCT Cluster", Assert.Single(model.Actions).Owner);
        Assert.Single(model.Risks);
    }

    [Fact]
    public void Trajectories_roll_up_the_year_end_plans_of_the_clusters_pcts_for_indicators_with_a_standard()
    {
        var model = Load("sha-north");
        Assert.Equal(2, model.PctCount);
        Assert.Equal(["A&E total time", "Incidence of MRSA"], model.Trajectories.Select(t => t.Indicator));
        var ae = model.Trajectories[0];
        Assert.Equal(94.9m, ae.Planned);
        Assert.Equal("Q4 2012/13", ae.Period);
        Assert.Equal("average of 2 PCT plans", ae.RollUp);
        Assert.Equal((1, 2), (ae.MeetingStandard, ae.Organisations));
        var mrsa = model.Trajectories[1];
        Assert.Equal(2m, mrsa.Planned);
        Assert.Equal("March 2013", mrsa.Period);
        Assert.Equal((1, 2), (mrsa.MeetingStandard, mrsa.Organisations));
    }

    [Fact]
    public void Missing_facts_are_empty_not_invented()
    {
        var model = Load("sha-south");
        Assert.Equal("", model.MeetingOn);
        Assert.Equal("", model.GatewayReference);
        Assert.Empty(model.Parts);
        Assert.Empty(model.Conditions);
        Assert.Empty(model.Copies);
        Assert.Empty(model.Trajectories);
    }
}
