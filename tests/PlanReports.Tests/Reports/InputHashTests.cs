using System.Text;
using System.Text.Json;
using PlanReports.Reports;
using PlanReports.Testing;
using PlanReports.Tests.Families;

namespace PlanReports.Tests.Reports;

/// <summary>
/// The input hash reads each view model through serialisers generated at compile time. Their JSON must be the
/// reflection serialiser's byte for byte, or every document of an existing output folder would be re-rendered
/// for nothing after an upgrade (and two builds of the engine would disagree on what changed).
/// </summary>
public sealed class InputHashTests(RepositoryDataStore data) : IClassFixture<RepositoryDataStore>
{
    private static readonly JsonSerializerOptions Reflection = new();
    private static readonly string Reportdefs = RepoPaths.Combine("reportdefs");

    public static TheoryData<string> Reports => new(Directory.GetDirectories(Reportdefs)
        .Select(Path.GetFileName)
        .Where(name => !name!.StartsWith('_'))
        .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_documents_view_model_serialises_as_the_reflection_serialiser_does(string report)
    {
        var definition = ReportDefinitionLoader.Load(Path.Combine(Reportdefs, report), ReportModelSources.All.Select(s => s.Name).ToList());
        var source = ReportModelSources.All.Single(s => s.Name == definition.Model);
        using var store = data.Open();
        var targets = source.ListTargets(store, definition);
        Assert.NotEmpty(targets);

        foreach (var target in targets)
        {
            var viewModel = source.Load(store, target).ViewModel;
            Assert.NotNull(ViewModelJsonContext.Default.GetTypeInfo(viewModel.GetType()));
            var expected = JsonSerializer.Serialize(viewModel, viewModel.GetType(), Reflection);
            Assert.Equal(expected, Encoding.UTF8.GetString(InputHash.CanonicalJson(viewModel)));
        }
    }

    [Fact]
    public void A_view_model_the_generated_serialisers_do_not_know_is_serialised_by_reflection()
    {
        var model = new UnknownModel("C01", [1.5, 2]);

        Assert.Null(ViewModelJsonContext.Default.GetTypeInfo(typeof(UnknownModel)));
        Assert.Equal("""{"Code":"C01","Values":[1.5,2]}""", Encoding.UTF8.GetString(InputHash.CanonicalJson(model)));
    }

    [Fact]
    public void Equal_view_models_give_equal_hashes_and_a_changed_row_a_different_one()
    {
        var hash = InputHash.Compute("engine", "templates", true, new UnknownModel("C01", [1.5, 2]));

        Assert.Equal(hash, InputHash.Compute("engine", "templates", true, new UnknownModel("C01", [1.5, 2])));
        Assert.NotEqual(hash, InputHash.Compute("engine", "templates", true, new UnknownModel("C01", [1.5, 2.5])));
        Assert.NotEqual(hash, InputHash.Compute("engine", "templates", false, new UnknownModel("C01", [1.5, 2])));
    }

    public sealed record UnknownModel(string Code, IReadOnlyList<double> Values);
}
