using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using PlanReports.Docx.Tests.Samples;

namespace PlanReports.Docx.Tests;

/// <summary>The same document always gives the same bytes: fixed zip entry times and order, no random ids, no clock.</summary>
public sealed class DocxReproducibilityTests
{
    [Fact]
    public void Rendering_twice_gives_byte_identical_files()
    {
        var first = DocxFiles.Render(SampleDocuments.FormalLetter());
        var second = DocxFiles.Render(SampleDocuments.FormalLetter());

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Rendering_after_time_passes_gives_the_same_bytes()
    {
        // A zip writer stamps entries with the current time (at two-second resolution) unless given a fixed one.
        var first = DocxFiles.Render(SampleDocuments.FormalLetter());
        Thread.Sleep(TimeSpan.FromSeconds(2.1));
        var second = DocxFiles.Render(SampleDocuments.FormalLetter());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = DocxFiles.Render(SampleDocuments.FormalLetter());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
            var british = DocxFiles.Render(SampleDocuments.FormalLetter());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = DocxFiles.Render(SampleDocuments.FormalLetter());

            Assert.Equal(invariant, british);
            Assert.Equal(invariant, german);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Zip_entries_have_a_fixed_time_and_a_fixed_order()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFiles.Render(SampleDocuments.FormalLetter())), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), e.LastWriteTime.DateTime));
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal("_rels/.rels", names[1]);
        Assert.Equal(names.Skip(2).Order(StringComparer.Ordinal), names.Skip(2));
        Assert.Contains("docProps/core.xml", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void Parts_hold_no_revision_ids_and_every_relationship_id_is_named()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFiles.Render(SampleDocuments.FormalLetter())), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("w:rsid", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("cp:revision", xml, StringComparison.Ordinal);

            // The SDK's generated relationship ids are "R" plus random hex; ours are all named "rId…".
            Assert.DoesNotMatch("Id=\"R[0-9a-f]{8,}\"", xml);
        }
    }
}
