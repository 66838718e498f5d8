using PlanReports.Components;
using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Tests.Components;

public sealed class ComponentTests
{
    private sealed record Model(Correspondent Addressee, IReadOnlyList<RagRow> Ratings, IReadOnlyList<TrajectoryRow> Trajectories, string Name);

    private static readonly Correspondent Person = new(
        "Sir Neil McKay", "Chief Executive", "Midlands & East", ["Victoria House", "Fulbourn", "Cambridge", "CB21 5XB"], "Dear Neil", "");

    private static readonly Model Sample = new(
        Person,
        [new RagRow("Finance", "red", "Deficit of £4.2m forecast."), new RagRow("QIPP", "amber", "")],
        [
            new TrajectoryRow("A&E total time", "the operational standard of 95 per cent", "percentage", "Q4 2012/13", 95.04m, "average of 3 PCT plans", 2, 3),
            new TrajectoryRow("Running costs", "£0", "pounds", "2012/13", null, "sum of 0 PCT plans", 0, 0),
        ],
        "text");

    private static IReadOnlyList<Block> Build(IComponent component, params (string Key, string Value)[] arguments) =>
        component.Build(new ComponentContext(component.Name, arguments.ToDictionary(a => a.Key, a => a.Value), Sample, new SourceRef("test", "template.md", 7)));

    [Fact]
    public void Address_lists_name_role_organisation_and_postal_lines()
    {
        var block = Assert.IsType<AddressBlock>(Assert.Single(Build(new AddressComponent(), ("of", "addressee"))));
        Assert.Equal(["Sir Neil McKay", "Chief Executive", "Midlands & East", "Victoria House", "Fulbourn", "Cambridge", "CB21 5XB"], block.Lines);
    }

    [Fact]
    public void Signature_takes_its_closing_from_the_template_and_the_signatory_from_data()
    {
        var block = Assert.IsType<SignatureBlock>(Assert.Single(Build(new SignatureComponent(), ("of", "addressee"), ("closing", "Yours faithfully"))));
        Assert.Equal(new SignatureBlock("Yours faithfully", "Sir Neil McKay", "Chief Executive", "Midlands & East"), block);
    }

    [Fact]
    public void Letterhead_puts_the_organisation_over_its_address_on_the_right()
    {
        var blocks = Build(new LetterheadComponent(), ("of", "addressee"));
        var name = Assert.IsType<Paragraph>(blocks[0]);
        Assert.Equal(TextAlignment.Right, name.Alignment);
        Assert.Equal("Midlands & East", Assert.IsType<TextRun>(Assert.Single(name.Inlines)).Text);
        Assert.Equal(TextAlignment.Right, Assert.IsType<AddressBlock>(blocks[1]).Alignment);
    }

    [Fact]
    public void Rag_table_shows_each_rating_as_a_word_on_its_colour_and_says_when_commentary_is_missing()
    {
        var table = Assert.IsType<Table>(Assert.Single(Build(new RagTableComponent(), ("rows", "ratings"), ("label", "Domain"), ("caption", "Ratings"))));
        Assert.Equal("Ratings", table.Caption);
        Assert.Equal(CellScope.Column, table.HeaderRows[0].Cells[0].Scope);
        var rows = table.BodyRows.ToList();
        var badge = Assert.IsType<Badge>(Assert.Single(Assert.IsType<Paragraph>(Assert.Single(rows[0].Cells[1].Blocks)).Inlines));
        Assert.Equal("Red", badge.Text);
        Assert.True(badge.Background.ContrastWith(badge.Foreground) >= 4.5);
        Assert.Equal("No commentary recorded.", CellText(rows[1].Cells[2]));
    }

    [Fact]
    public void Trajectory_table_writes_values_in_their_unit_and_says_when_nothing_was_submitted()
    {
        var table = Assert.IsType<Table>(Assert.Single(Build(new TrajectoryTableComponent(), ("rows", "trajectories"))));
        var rows = table.BodyRows.ToList();
        Assert.Equal("The operational standard of 95 per cent", CellText(rows[0].Cells[1]));
        Assert.Equal("95.0% Q4 2012/13, average of 3 PCT plans", CellText(rows[0].Cells[2]));
        Assert.Equal("2 of 3", CellText(rows[0].Cells[3]));
        Assert.StartsWith("Not submitted", CellText(rows[1].Cells[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_naming_a_value_the_model_lacks_says_what_the_model_has()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Build(new AddressComponent(), ("of", "adressee")));
        Assert.Contains("'adressee' is not in the view model", e.Message, StringComparison.Ordinal);
        Assert.Contains("addressee", e.Message[e.Message.IndexOf("it has", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_given_a_value_of_the_wrong_kind_says_so()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Build(new RagTableComponent(), ("rows", "name")));
        Assert.Contains("'name' is not a list of RagRow", e.Message, StringComparison.Ordinal);
    }

    private static string CellText(TableCell cell) => string.Join(" ", cell.Blocks.OfType<Paragraph>()
        .Select(p => string.Concat(p.Inlines.OfType<TextRun>().Select(r => r.Text))));
}
