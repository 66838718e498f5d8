using System.Text;
using System.Xml;
using PlanReports.Documents.Packaging;

namespace PlanReports.Docx.Packaging;

/// <summary>
/// The parts of one DOCX and their relationships, saved straight into a reproducible zip. It writes the package
/// files System.IO.Packaging wrote for the Open XML SDK ([Content_Types].xml, the _rels parts) in the same form, byte
/// for byte, without its package model: the SDK's typed elements still model every part's XML, but the package
/// costs one zip write instead of a package write, a zip read and a second zip write.
/// </summary>
internal sealed class DocxPackage
{
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly DocxPartNaming naming = new();
    private readonly List<DocxPart> parts = [];
    private readonly List<DocxRelationship> relationships = [];

    /// <summary>Adds a part related to the package itself (the main document, the core properties).</summary>
    public DocxPart AddPart(DocxPartType type, string relationshipId) => AddPart(relationships, type, relationshipId);

    /// <summary>Writes the package to <paramref name="output"/> with <see cref="ReproducibleZip"/>'s fixed times, order and compression.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var entries = new List<ReproducibleZipEntry>((parts.Count * 2) + 2)
        {
            new("[Content_Types].xml", WriteContentTypes),
            new("_rels/.rels", stream => WriteRelationships(stream, relationships)),
        };
        foreach (var part in parts)
        {
            entries.Add(new(part.Name, part.WriteContent));
            if (part.Relationships.Count > 0)
            {
                entries.Add(new(RelationshipsPartName(part.Name), stream => WriteRelationships(stream, part.Relationships)));
            }
        }

        ReproducibleZip.Write(entries, output);
    }

    internal DocxPart AddPart(List<DocxRelationship> owner, DocxPartType type, string relationshipId)
    {
        ArgumentNullException.ThrowIfNull(type);
        var part = new DocxPart(this, type, naming.Next(type));
        AddRelationship(owner, new DocxRelationship(relationshipId, type.RelationshipType, "/" + part.Name, External: false));
        parts.Add(part);
        return part;
    }

    internal static void AddRelationship(List<DocxRelationship> owner, DocxRelationship relationship)
    {
        ArgumentException.ThrowIfNullOrEmpty(relationship.Id);
        if (owner.Exists(r => r.Id == relationship.Id))
        {
            throw new InvalidOperationException($"The relationship id {relationship.Id} is used twice in one part.");
        }

        owner.Add(relationship);
    }

    /// <summary>As System.IO.Packaging writes its own parts: UTF-8 with a byte order mark.</summary>
    private static XmlWriterSettings PackageXmlSettings() => new() { Encoding = Encoding.UTF8 };

    /// <summary>word/document.xml → word/_rels/document.xml.rels.</summary>
    private static string RelationshipsPartName(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return $"{partName[..(slash + 1)]}_rels/{partName[(slash + 1)..]}.rels";
    }

    /// <summary>
    /// As System.IO.Packaging decided them: the first part with an extension makes that extension's default content
    /// type, a later part of another type gets an override, in the order parts were added; the relationship parts,
    /// made when the package was flushed, come last.
    /// </summary>
    private void WriteContentTypes(Stream stream)
    {
        var defaults = new List<(string Extension, string ContentType)>();
        var overrides = new List<DocxPart>();
        foreach (var part in parts)
        {
            var extension = part.Type.Extension;
            var index = defaults.FindIndex(d => string.Equals(d.Extension, extension, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                defaults.Add((extension, part.Type.ContentType));
            }
            else if (!string.Equals(defaults[index].ContentType, part.Type.ContentType, StringComparison.OrdinalIgnoreCase))
            {
                overrides.Add(part);
            }
        }

        if (!defaults.Exists(d => d.Extension == "rels"))
        {
            defaults.Add(("rels", RelationshipsContentType));
        }

        using var xml = XmlWriter.Create(stream, PackageXmlSettings());
        xml.WriteStartDocument();
        xml.WriteStartElement("Types", ContentTypesNamespace);
        foreach (var (extension, contentType) in defaults)
        {
            xml.WriteStartElement("Default", ContentTypesNamespace);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        foreach (var part in overrides)
        {
            xml.WriteStartElement("Override", ContentTypesNamespace);
            xml.WriteAttributeString("PartName", "/" + part.Name);
            xml.WriteAttributeString("ContentType", part.Type.ContentType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Attributes in System.IO.Packaging's order: Type, Target, TargetMode (external only), Id.</summary>
    private static void WriteRelationships(Stream stream, IReadOnlyList<DocxRelationship> list)
    {
        using var xml = XmlWriter.Create(stream, PackageXmlSettings());
        xml.WriteStartDocument();
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var relationship in list)
        {
            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Type", relationship.Type);
            xml.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
            {
                xml.WriteAttributeString("TargetMode", "External");
            }

            xml.WriteAttributeString("Id", relationship.Id);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
