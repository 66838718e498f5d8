using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PlanReports.Pdf.Fonts;
using PlanReports.Pdf.Layout;
using PlanReports.Pdf.Native;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// The fonts a document uses, each embedded as a Type0 / CIDFontType2 font subset to its glyphs, with /W widths
/// and a ToUnicode map so text copies and searches as written. CID = glyph id (the subset retains glyph ids).
/// </summary>
internal sealed class FontResources
{
    private readonly List<FontFace> faces = [];
    private readonly Dictionary<FontFace, SortedDictionary<ushort, string>> glyphs = [];

    internal FontResources(IEnumerable<PageLayout> pages)
    {
        // Glyph ids are collected in a flat array per face (fast for hundreds of pages), then sorted once.
        var seen = new Dictionary<FontFace, string?[]>();
        foreach (var page in pages)
        {
            var ops = page.Ops;
            for (var i = 0; i < ops.Count; i++)
            {
                if (ops[i].Op is not TextOp op)
                {
                    continue;
                }

                if (!seen.TryGetValue(op.Face, out var texts))
                {
                    texts = new string?[op.Face.GlyphCount];
                    seen[op.Face] = texts;
                    faces.Add(op.Face);
                }

                var glyphs = op.Glyphs;
                for (var j = 0; j < glyphs.Count; j++)
                {
                    var g = glyphs[j];
                    texts[g.GlyphId] ??= g.Text;
                }
            }
        }

        foreach (var (face, texts) in seen)
        {
            var used = new SortedDictionary<ushort, string>();
            for (var gid = 0; gid < texts.Length; gid++)
            {
                if (texts[gid] is { } text)
                {
                    used.Add((ushort)gid, text);
                }
            }

            glyphs[face] = used;
        }

        // Resource names follow a fixed face order, not first use, so they are stable between documents.
        faces.Sort((a, b) => string.CompareOrdinal(a.PostScriptName, b.PostScriptName));
    }

    /// <summary>The resource name (F1, F2…) of a face.</summary>
    internal string NameOf(FontFace face) => "F" + (faces.IndexOf(face) + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes every font and returns the /Font resource dictionary entries.</summary>
    internal string Write(PdfObjectStore store)
    {
        var entries = new StringBuilder();
        foreach (var face in faces)
        {
            var used = glyphs[face];
            var id = WriteFont(store, face, used);
            entries.Append('/').Append(NameOf(face)).Append(' ').Append(PdfSyntax.Reference(id)).Append(' ');
        }

        return entries.ToString().TrimEnd();
    }

    private static int WriteFont(PdfObjectStore store, FontFace face, SortedDictionary<ushort, string> used)
    {
        var subset = FontSubsetter.Subset(face.Face, used.Keys, face.PostScriptName);
        var name = SubsetTag(face, used.Keys) + "+" + face.PostScriptName;
        double Scale(double units) => units * 1000.0 / face.UnitsPerEm;

        var file = store.AddStream($" /Length1 {PdfSyntax.Integer(subset.Length)}", subset);
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
    private static string SubsetTag(FontFace face, IEnumerable<ushort> glyphIds)
    {
        var text = face.PostScriptName + ":" + string.Join(',', glyphIds.Select(g => g.ToString(CultureInfo.InvariantCulture)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
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
