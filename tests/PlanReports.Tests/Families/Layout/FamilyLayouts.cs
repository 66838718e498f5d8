using PlanReports.Documents.Model;
using PlanReports.Documents.Rendering;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout;

namespace PlanReports.Tests.Families.Layout;

/// <summary>Every family's document from the fixture store, and its PDF layout with every page kept.</summary>
internal static class FamilyLayouts
{
    /// <summary>One document of each family: report and organisation.</summary>
    public static TheoryData<string, string> Families => new()
    {
        { "signoff-letter", "sha-north" },
        { "pct-assurance-letter", "C1" },
        { "rag-narrative-pack", "C1" },
        { "rag-narrative-bundle", "Q01" },
        { "regional-summary", "Q01" },
        { "regional-summary", "DH" },
        { "ph-checklist", "C1" },
        { "bcf-plan-pack", "H1" },
        { "bcf-approval-letter", "H1" },
    };

    /// <summary>The document, from the family fixture store (the sign-off letter from the sign-off store, which has DH decisions).</summary>
    public static Document Document(string report, string organisation)
    {
        if (report != "signoff-letter")
        {
            using var store = FixtureStore.Create();
            return FamilyDocuments.Build(store, report, organisation);
        }

        var folder = Directory.CreateTempSubdirectory("planreports-layout-");
        try
        {
            var path = Reports.SignoffStore.Create(folder.FullName);
            using var connection = new PlanReports.Store.PlanStore(path).Open();
            return FamilyDocuments.Build(connection, report, organisation);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    public static (DocumentLayoutResult Layout, IReadOnlyList<PageLayout> Pages) LayOut(Document document)
    {
        using var fonts = FontSet.Load();
        return DocumentLayout.Collect(document, fonts, DocumentTheme.Default);
    }

    /// <summary>The text of a drawn op.</summary>
    public static string Text(TextOp op) => string.Concat(op.Glyphs.Select(g => g.Text));
}
