using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanReports.Docx.Rendering;

/// <summary>Builds runs from text, so tabs and line breaks in data become Word tabs and breaks.</summary>
internal static class Runs
{
    /// <summary>A run of cleaned text with the scope's inherited formatting plus its own emphasis.</summary>
    public static TextRunElement Text(string text, DocxContext context, bool bold = false, bool italic = false, string? characterStyle = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TextRunElement(text)
        {
            CharacterStyle = characterStyle,
            Bold = bold || context.Bold,
            Italic = italic,
            Colour = context.TextColour?.ToHex(),
        };
    }

    /// <summary>
    /// Gives every run of <paramref name="content"/> the character style (links and contents entries take the
    /// Hyperlink style), whether it is a run of text or another run (a link's bare address).
    /// </summary>
    public static void Style(IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> content, string characterStyle)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var element in content)
        {
            switch (element)
            {
                case TextRunElement text:
                    text.CharacterStyle = characterStyle;
                    break;
                case Run run:
                    (run.RunProperties ??= new RunProperties()).RunStyle = new RunStyle { Val = characterStyle };
                    break;
            }
        }
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
}
