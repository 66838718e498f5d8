using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Rendering;

namespace PlanReports.Docx.Tests;

/// <summary>
/// A run of text written by <see cref="TextRunElement"/> is byte for byte the run the Open XML SDK writes for the
/// same text and formatting, saved in a paragraph of a document part as the renderer saves it.
/// </summary>
public sealed class TextRunElementTests
{
    public static TheoryData<string> Texts => new()
    {
        "Plain text",
        "Fish & chips <costs> \"£3\" 'each'",
        "Tab\tseparated\tvalues",
        "Line one\nline two\r\nline three\rline four",
        "\tLeading and trailing\n",
        "\n\n",
        "Control \u0001 character and \uD800 lone surrogate",
        "  spaced  out  ",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Plain_runs_match_the_sdk(string text) =>
        AssertSame(Sdk(text, properties: null), new TextRunElement(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Runs_with_every_property_match_the_sdk(string text)
    {
        var properties = new RunProperties
        {
            RunStyle = new RunStyle { Val = "Hyperlink" },
            Bold = new Bold(),
            Italic = new Italic(),
            Color = new Color { Val = "212B32" },
            Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFB81C" },
        };
        AssertSame(
            Sdk(text, properties),
            new TextRunElement(text) { CharacterStyle = "Hyperlink", Bold = true, Italic = true, Colour = "212B32", ShadingFill = "FFB81C" });
    }

    [Fact]
    public void Each_property_on_its_own_matches_the_sdk()
    {
        AssertSame(Sdk("x", new RunProperties { Bold = new Bold() }), new TextRunElement("x") { Bold = true });
        AssertSame(Sdk("x", new RunProperties { Italic = new Italic() }), new TextRunElement("x") { Italic = true });
        AssertSame(Sdk("x", new RunProperties { Color = new Color { Val = "FFFFFF" } }), new TextRunElement("x") { Colour = "FFFFFF" });
        AssertSame(Sdk("x", new RunProperties { RunStyle = new RunStyle { Val = "Strong" } }), new TextRunElement("x") { CharacterStyle = "Strong" });
    }

    [Fact]
    public void Breaks_before_and_after_the_text_come_after_the_properties()
    {
        var before = Sdk("Chief Executive", new RunProperties { Bold = new Bold() });
        before.RunProperties!.InsertAfterSelf(new Break());
        AssertSame(before, new TextRunElement("Chief Executive") { Bold = true, BreakBefore = true });

        var after = Sdk("1 Main Street", properties: null);
        after.Append(new Break());
        AssertSame(after, new TextRunElement("1 Main Street") { BreakAfter = true });
    }

    [Fact]
    public void A_clone_keeps_the_text_and_formatting()
    {
        var run = new TextRunElement("Amber\tnote") { Bold = true, Colour = "212B32", BreakAfter = true };
        AssertSame(Sdk("Amber\tnote", new RunProperties { Bold = new Bold(), Color = new Color { Val = "212B32" } }, new Break()), (TextRunElement)run.CloneNode(true));
    }

    /// <summary>The run as the renderer built it with SDK elements before: properties, then text, tabs and breaks.</summary>
    private static Run Sdk(string text, RunProperties? properties, params OpenXmlElement[] after)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.RunProperties = properties;
        }

        var clean = Conversion.XmlSafeText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] is not ('\t' or '\n'))
            {
                continue;
            }

            if (i > start)
            {
                run.Append(new Text(clean[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (i < clean.Length)
            {
                run.Append(clean[i] == '\t' ? new TabChar() : new Break());
            }

            start = i + 1;
        }

        run.Append(after);
        return run;
    }

    private static void AssertSame(Run expected, TextRunElement actual) =>
        Assert.Equal(Saved(expected), Saved(actual));

    private static string Saved(OpenXmlElement run)
    {
        var document = new Document(new Body(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }), run)));
        using var stream = new MemoryStream();
        document.Save(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
