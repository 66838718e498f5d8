namespace PlanReports.Docx.Rendering;

/// <summary>
/// A paragraph (w:p), written as a <see cref="ContainerElement"/>. Its first child is its
/// <see cref="ParagraphPropertiesElement"/> when it has properties (see <see cref="Paragraphs.Properties"/>); held
/// byte for byte equal to the SDK's Paragraph by ParagraphElementTests.
/// </summary>
internal sealed class ParagraphElement : ContainerElement
{
    /// <summary>An empty paragraph without properties (w:p written alone).</summary>
    public ParagraphElement()
        : base("p")
    {
    }

    public ParagraphElement(ParagraphPropertiesElement properties)
        : this()
    {
        AppendChild(properties);
    }

    protected override ContainerElement CreateEmpty() => new ParagraphElement();
}
