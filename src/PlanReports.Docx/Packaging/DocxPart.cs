using DocumentFormat.OpenXml;

namespace PlanReports.Docx.Packaging;

/// <summary>
/// One part of a <see cref="DocxPackage"/>: its name, its kind, its content (a typed root element of the SDK,
/// serialised when the package is saved, or bytes) and its relationships, in the order they were added and with the
/// ids the renderers chose.
/// </summary>
internal sealed class DocxPart
{
    private const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private readonly DocxPackage package;
    private readonly List<DocxRelationship> relationships = [];
    private Action<Stream>? content;

    internal DocxPart(DocxPackage package, DocxPartType type, string name)
    {
        this.package = package;
        Type = type;
        Name = name;
    }

    public DocxPartType Type { get; }

    /// <summary>The part's name in the zip, without a leading slash ("word/document.xml").</summary>
    public string Name { get; }

    public IReadOnlyList<DocxRelationship> Relationships => relationships;

    /// <summary>Adds a part related to this one by <paramref name="relationshipId"/>.</summary>
    public DocxPart AddPart(DocxPartType type, string relationshipId) => package.AddPart(relationships, type, relationshipId);

    /// <summary>Relates a hyperlink target outside the package to this part.</summary>
    public void AddHyperlink(Uri target, string relationshipId)
    {
        ArgumentNullException.ThrowIfNull(target);
        DocxPackage.AddRelationship(relationships, new DocxRelationship(relationshipId, HyperlinkType, target.OriginalString, External: true));
    }

    /// <summary>The part's content: the element is written (with its XML declaration) when the package is saved.</summary>
    public void SetContent(OpenXmlPartRootElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        content = root.Save;
    }

    public void SetContent(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        content = stream => stream.Write(bytes);
    }

    public void SetContent(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        content = write;
    }

    internal void WriteContent(Stream stream) =>
        (content ?? throw new InvalidOperationException($"The part {Name} was added but given no content."))(stream);
}
