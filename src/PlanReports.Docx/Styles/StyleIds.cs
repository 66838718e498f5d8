namespace PlanReports.Docx.Styles;

/// <summary>The style ids written to styles.xml and referenced from the document; Word's own ids where Word has the style.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Small = "Small";
    public const string Notice = "Notice";
    public const string Caption = "Caption";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string ListParagraph = "ListParagraph";
    public const string TableText = "TableText";
    public const string Hyperlink = "Hyperlink";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";
    public const string Table = "PlanReportsTable";
    public const string LayoutTable = "LayoutTable";
    public const string BulletList = "PlanReportsBullets";
    public const string NumberedList = "PlanReportsNumbers";

    /// <summary>Heading 1 to 4.</summary>
    public static string Heading(int level) => level switch
    {
        1 => "Heading1",
        2 => "Heading2",
        3 => "Heading3",
        4 => "Heading4",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Headings are level 1 to 4."),
    };
}
