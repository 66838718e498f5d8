namespace PlanReports.Pdf.Layout;

/// <summary>Why drawn content is not part of the reading order.</summary>
internal enum ArtifactKind
{
    /// <summary>Not an artifact: tagged content.</summary>
    None,

    /// <summary>Decoration: borders, backgrounds, underlines, repeated table headers.</summary>
    Layout,

    /// <summary>Running header.</summary>
    Header,

    /// <summary>Running footer.</summary>
    Footer,
}
