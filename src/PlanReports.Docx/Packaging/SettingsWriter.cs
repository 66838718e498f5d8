using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanReports.Docx.Packaging;

/// <summary>
/// settings.xml: Word 2013+ layout (compatibility mode 15), the document language for theme fonts, and UK number
/// punctuation. No rsids: they are random revision ids and would make every file different.
/// </summary>
internal static class SettingsWriter
{
    public static Settings Build(string language) =>
        new(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
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
}
