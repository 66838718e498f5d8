using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Native;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// The fonts a document uses, each embedded as a Type0 / CIDFontType2 font subset to its glyphs, with /W widths
/// and a ToUnicode map so text copies and searches as written. CID = glyph id (the subset retains glyph ids), so
/// a page's content can be written before the document's glyph set is known: glyphs are recorded as pages are
/// written, and the subsets are made at the end.
/// </summary>
internal sealed class FontResources
{
    // Faces in PostScript-name order: resource names (F1, F2…) are fixed per face, whatever a document uses.
    private readonly FontFace[] faces;
    private readonly string[] names;

    // Per face, the text of each glyph id used (null: not used), in a flat array: recording is one store per glyph.
    private readonly string?[]?[] used;
    private readonly FontFileCache files;

    internal FontResources(IEnumerable<FontFace> available, FontFileCache files)
    {
        this.files = files;
        faces = [.. available.OrderBy(f => f.PostScriptName, StringComparer.Ordinal)];
        names = [.. faces.Select((_, i) => "F" + (i + 1).ToString(CultureInfo.InvariantCulture))];
        used = new string?[]?[faces.Length];
    }

    /// <summary>The resource name (F1, F2…) of a face.</summary>
    internal string NameOf(FontFace face) => names[Index(face)];

    /// <summary>Records the glyphs of a text op as used, with the text each stands for.</summary>
    internal void Use(FontFace face, GlyphRun glyphs)
    {
        var index = Index(face);
        var texts = used[index] ??= new string?[face.GlyphCount];
        foreach (var part in glyphs.Parts)
        {
            foreach (var g in part)
            {
                texts[g.GlyphId] ??= g.Text;
            }
        }
    }

    /// <summary>Writes every font used and returns the /Font resource dictionary entries.</summary>
    internal string Write(PdfObjectStore store)
    {
        var entries = new StringBuilder();
        for (var index = 0; index < faces.Length; index++)
        {
            if (used[index] is not { } texts)
            {
                continue;
            }

            var glyphs = new SortedDictionary<ushort, string>();
            for (var gid = 0; gid < texts.Length; gid++)
            {
                if (texts[gid] is { } text)
                {
                    glyphs.Add((ushort)gid, text);
                }
            }

            var face = faces[index];
            var id = WriteFont(store, face, glyphs);
            entries.Append('/').Append(NameOf(face)).Append(' ').Append(PdfSyntax.Reference(id)).Append(' ');
        }

        return entries.ToString().TrimEnd();
    }

    private int Index(FontFace face)
    {
        var index = Array.IndexOf(faces, face);
        return index >= 0
            ? index
            : throw new InvalidOperationException($"The face {face.PostScriptName} is not one of this document's fonts.");
    }

    private int WriteFont(PdfObjectStore store, FontFace face, SortedDictionary<ushort, string> used)
    {
        // The face and its glyph set name the subset: the cache's key, and what its tag is a hash of.
        var key = face.PostScriptName + ":" + string.Join(',', used.Keys.Select(g => g.ToString(CultureInfo.InvariantCulture)));
        var subset = files.GetOrMake(key, () =>
        {
            var bytes = FontSubsetter.Subset(face.Face, used.Keys, face.PostScriptName);
            return new FontFile(bytes.Length, PdfObjectStore.Deflate(bytes));
        });
        var name = SubsetTag(key) + "+" + face.PostScriptName;
        double Scale(double units) => units * 1000.0 / face.UnitsPerEm;

        var file = store.AddDeflatedStream($" /Length1 {PdfSyntax.Integer(subset.Length)}", subset.Deflated);
        var bbox = string.Join(' ', face.BoundingBox.Select(v => PdfSyntax.Number(Scale(v))));
        var flags = 32 + (face.Italic ? 64 : 0);
        var descriptor = store.Add(
            $"<</Type /FontDescriptor /FontName /{name} /FontFamily {PdfSyntax.Text(face.FamilyName)} /Flags {flags}" +
            $" /FontBBox [{bbox}] /ItalicAngle {PdfSyntax.Number(face.ItalicAngle)}" +
            $" /Ascent {PdfSyntax.Number(Scale(face.Ascender))} /Descent {PdfSyntax.Number(Scale(face.Descender))}" +
            $" /CapHeight {PdfSyntax.Number(Scale(face.CapHeight))} /StemV {(face.Bold ? 120 : 80)}" +
            $" /FontWeight {(face.Bold ? 700 : 400)} /FontFile2 {PdfSyntax.Reference(file)}>>");

        var cidFont = store.Add(
            $"<</Type /Font /Subtype /CIDFontType2 /BaseFont /{name}" +
            " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>" +
            $" /FontDescriptor {PdfSyntax.Reference(descriptor)} /DW 1000 /W {Widths(face, used.Keys)} /CIDToGIDMap /Identity>>");
        var toUnicode = store.AddStream(string.Empty, Encoding.ASCII.GetBytes(ToUnicode(used)));
        return store.Add(
            $"<</Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H" +
            $" /DescendantFonts [{PdfSyntax.Reference(cidFont)}] /ToUnicode {PdfSyntax.Reference(toUnicode)}>>");
    }

    /// <summary>Six capital letters from a hash of the font and its glyph set: the same subset always has the same tag.</summary>
    private static string SubsetTag(string faceAndGlyphs)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(faceAndGlyphs));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
    }

    /// <summary>/W as runs of consecutive CIDs: "c [w1 w2 …]".</summary>
    private static string Widths(FontFace face, IEnumerable<ushort> glyphIds)
    {
        var sb = new StringBuilder("[");
        var previous = -2;
        foreach (var gid in glyphIds)
        {
            var width = PdfSyntax.Number(face.DefaultAdvance(gid) * 1000.0 / face.UnitsPerEm);
            if (gid == previous + 1)
            {
                sb.Append(' ').Append(width);
            }
            else
            {
                if (previous >= 0)
                {
                    sb.Append("] ");
                }

                sb.Append(PdfSyntax.Integer(gid)).Append(" [").Append(width);
            }

            previous = gid;
        }

        if (previous >= 0)
        {
            sb.Append(']');
        }

        return sb.Append(']').ToString();
    }

    private static string ToUnicode(SortedDictionary<ushort, string> used)
    {
        var mapped = used.Where(kv => kv.Value.Length > 0).ToList();
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        sb.Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n");
        sb.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        sb.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var i = 0; i < mapped.Count; i += 100)
        {
            var chunk = mapped.Skip(i).Take(100).ToList();
            sb.Append(PdfSyntax.Integer(chunk.Count)).Append(" beginbfchar\n");
            foreach (var (gid, text) in chunk)
            {
                sb.Append('<').Append(gid.ToString("X4", CultureInfo.InvariantCulture)).Append("> <");
                foreach (var c in text)
                {
                    sb.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }

                sb.Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }
}
