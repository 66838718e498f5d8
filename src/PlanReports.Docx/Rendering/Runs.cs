using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;

namespace PlanReports.Docx.Rendering;

/// <summary>Builds runs from text, so tabs and line breaks in data become Word tabs and breaks.</summary>
internal static class Runs
{
    /// <summary>A run of cleaned text with the scope's inherited formatting plus its own emphasis.</summary>
    public static Run Text(string text, DocxContext context, bool bold = false, bool italic = false, string? characterStyle = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = new Run();
        if (Properties(context, bold, italic, characterStyle) is { } properties)
        {
            run.RunProperties = properties;
        }

        AppendText(run, text);
        return run;
    }

    /// <summary>Run properties for the scope, or null when the run takes its paragraph's formatting unchanged.</summary>
    public static RunProperties? Properties(DocxContext context, bool bold, bool italic, string? characterStyle)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!bold && !italic && !context.Bold && context.TextColour is null && characterStyle is null)
        {
            return null;
        }

        var properties = new RunProperties();
        if (characterStyle is not null)
        {
            properties.RunStyle = new RunStyle { Val = characterStyle };
        }

        if (bold || context.Bold)
        {
            properties.Bold = new Bold();
        }

        if (italic)
        {
            properties.Italic = new Italic();
        }

        if (context.TextColour is { } colour)
        {
            properties.Color = new Color { Val = colour.ToHex() };
        }

        return properties;
    }

    /// <summary>Appends text to a run, turning tabs and line breaks into their Word elements.</summary>
    public static void AppendText(Run run, string text)
    {
        ArgumentNullException.ThrowIfNull(run);
        var clean = XmlSafeText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
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
    }
}
