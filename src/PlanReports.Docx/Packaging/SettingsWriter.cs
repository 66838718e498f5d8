using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanReports.Docx.Packaging;

/// <summary>
/// settings.xml: Word 2013+ layout (compatibility mode 15), the document language for theme fonts, and UK number
/// punctuation. No rsids: they are random revision ids and would make every file different. A document with a
/// contents field asks Word to update fields on opening, because only Word knows its page numbers.
/// </summary>
internal static class SettingsWriter
{
    public static Settings Build(string language, bool updateFieldsOnOpen)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        if (updateFieldsOnOpen)
        {
            // Schema order: updateFields follows characterSpacingControl and precedes compat.
            settings.Append(new UpdateFieldsOnOpen { Val = true });
        }

        settings.Append(
            new Compatibility(
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }),
            new ThemeFontLanguages { Val = language },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," });
        return settings;
    }
}
