using System.Net;
using System.Text.RegularExpressions;
using PlanReports.Documents.Html;
using PlanReports.Pdf;
using PlanReports.Reference;
using PlanReports.Testing;
using PlanReports.Tests.Reference;

namespace PlanReports.Tests.Families;

/// <summary>
/// Seed 003's payment-for-performance table lists, under "Progress against four of the national conditions:" and
/// "Progress against the local metric and two of the national metrics:", one item per condition or metric. Both
/// BCF documents keep them as a list inside the table cell, each item word for word, in HTML and in the PDF.
/// </summary>
public sealed partial class BcfPaymentListTests(RepositoryDataStore data) : IClassFixture<RepositoryDataStore>
{
    private static readonly IReadOnlyList<BcfPaymentTranche> Tranches =
        ReferenceDataLoader.Load(RepositoryPaths.ReferenceDirectory).BetterCareFund.PaymentForPerformance.Tranches;

    [Theory]
    [InlineData("bcf-plan-pack")]
    [InlineData("bcf-approval-letter")]
    public void Html_shows_each_payment_condition_as_its_own_list_item_in_the_tranche_cell(string report)
    {
        using var html = new MemoryStream();
        new HtmlRenderer().Render(FamilyDocuments.Build(data.Open(), report, "HWB001"), html);
        var text = System.Text.Encoding.UTF8.GetString(html.ToArray());

        foreach (var tranche in Tranches.Where(t => t.PaidForItems.Count > 0))
        {
            var cell = Cells().Matches(text).Select(m => m.Groups[1].Value)
                .Single(c => WebUtility.HtmlDecode(c).Contains(tranche.PaidFor, StringComparison.Ordinal));
            var items = ListItems().Matches(cell).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim())).ToList();
            Assert.Equal(tranche.PaidForItems, items);
        }
    }

    [Theory]
    [InlineData("bcf-plan-pack")]
    [InlineData("bcf-approval-letter")]
    public void Pdf_text_shows_each_payment_condition_after_a_bullet_of_its_own(string report)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"planreports-{report}-{Environment.ProcessId}.pdf");
        try
        {
            using (var file = File.Create(pdf))
            {
                new PdfRenderer().Render(FamilyDocuments.Build(data.Open(), report, "HWB001"), file);
            }

            var result = ExternalTool.Run("pdftotext", [pdf, "-"]);
            Assert.True(result.Succeeded, result.StandardError);
            var text = Whitespace().Replace(result.StandardOutput, " ");

            foreach (var tranche in Tranches.Where(t => t.PaidForItems.Count > 0))
            {
                Assert.Contains("• " + string.Join(" • ", tranche.PaidForItems), text, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cells();

    [GeneratedRegex(@"<li[^>]*>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItems();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
