namespace PlanReports.Documents.Model;

/// <summary>The role of a paragraph; each format maps it to a named style (Word style, CSS class, PDF text style).</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Normal,

    /// <summary>The document title on its first page.</summary>
    Title,

    /// <summary>A subtitle under the title.</summary>
    Subtitle,

    /// <summary>Smaller supporting text: notes, sources, captions outside tables.</summary>
    Small,

    /// <summary>A boxed notice that must stand out, such as "illustrative data".</summary>
    Notice,
}
