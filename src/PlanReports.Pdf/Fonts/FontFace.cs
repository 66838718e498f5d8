using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace PlanReports.Pdf.Fonts;

/// <summary>
/// One registered font file: HarfBuzz face and font for shaping, plus the metrics a PDF font descriptor needs.
/// Shaping results are cached per text because documents repeat the same words many times.
/// </summary>
internal sealed class FontFace : IDisposable
{
    // Distinct words shaped per face before the cache is forgotten and begun again: far more than a batch's documents
    // use (their words repeat), so only an unusual run of new text ever clears it, and memory stays bounded.
    private const int ShapeCapacity = 1 << 16;

    private readonly Blob blob;
    private readonly HarfBuzzSharp.Font font;
    private readonly Dictionary<string, ShapedText> cache;

    // Looks words up by span, so a word cut from a paragraph becomes a string only the first time it is shaped.
    private readonly Dictionary<string, ShapedText>.AlternateLookup<ReadOnlySpan<char>> spanCache;
    private readonly int[] advances;

    internal FontFace(string postScriptName, string familyName, bool bold, bool italic, byte[] data)
    {
        cache = new Dictionary<string, ShapedText>(StringComparer.Ordinal);
        spanCache = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        PostScriptName = postScriptName;
        FamilyName = familyName;
        Bold = bold;
        Italic = italic;
        // The font lives in native memory that never moves: HarfBuzz keeps pointers into it for the face's lifetime.
        var memory = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, memory, data.Length);
        blob = new Blob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        blob.MakeImmutable();
        Face = new Face(blob, 0);
        UnitsPerEm = Face.UnitsPerEm;
        font = new HarfBuzzSharp.Font(Face);
        font.SetFunctionsOpenType();
        font.SetScale(UnitsPerEm, UnitsPerEm);

        // Unkerned advances of every glyph, read once: the writer needs them per glyph for /W and TJ kerning.
        advances = new int[Face.GlyphCount];
        for (var gid = 0; gid < advances.Length; gid++)
        {
            advances[gid] = font.GetHorizontalGlyphAdvance((uint)gid);
        }

        var head = Table("head");
        BoundingBox =
        [
            BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(36)),
            BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(38)),
            BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(40)),
            BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(42)),
        ];
        var hhea = Table("hhea");
        Ascender = BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(4));
        Descender = BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(6));
        var os2 = Table("OS/2");
        CapHeight = os2.Length >= 90 ? BinaryPrimitives.ReadInt16BigEndian(os2.AsSpan(88)) : Ascender;
        var post = Table("post");
        ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(post.AsSpan(4)) / 65536.0;
    }

    internal Face Face { get; }

    internal string PostScriptName { get; }

    internal string FamilyName { get; }

    internal bool Bold { get; }

    internal bool Italic { get; }

    internal int UnitsPerEm { get; }

    internal int Ascender { get; }

    internal int Descender { get; }

    internal int CapHeight { get; }

    internal double ItalicAngle { get; }

    /// <summary>xMin, yMin, xMax, yMax in font units.</summary>
    internal IReadOnlyList<int> BoundingBox { get; }

    /// <summary>The number of glyphs in the font: every glyph id is below it.</summary>
    internal int GlyphCount => advances.Length;

    /// <summary>The advance of a glyph without kerning (the hmtx value PDF /W widths carry).</summary>
    internal int DefaultAdvance(ushort glyphId) => glyphId < advances.Length ? advances[glyphId] : 0;

    /// <summary>
    /// Shapes <paramref name="text"/> with kerning and the font's ligatures. A character the font lacks is an
    /// error naming the character and the text, never a silent .notdef box.
    /// </summary>
    internal ShapedText Shape(string text)
    {
        // A renderer may be shared between threads; the cache and the HarfBuzz font are used under one lock.
        lock (cache)
        {
            return cache.TryGetValue(text, out var cached) ? cached : ShapeUncached(text);
        }
    }

    /// <summary>Shapes a piece of a longer text (a word), allocating its string only when it is not cached yet.</summary>
    internal ShapedText Shape(ReadOnlySpan<char> text)
    {
        lock (cache)
        {
            return spanCache.TryGetValue(text, out var cached) ? cached : ShapeUncached(text.ToString());
        }
    }

    private ShapedText ShapeUncached(string text)
    {
        using var buffer = new HbBuffer();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.Script = Script.Latin;
        buffer.Language = new Language("en");
        font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ShapedGlyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            var start = (int)infos[i].Cluster;
            var end = i + 1 < infos.Length ? (int)infos[i + 1].Cluster : text.Length;
            if (end <= start)
            {
                // A second glyph of the same cluster (a decomposition) carries no text of its own.
                end = start;
            }

            if (infos[i].Codepoint == 0)
            {
                throw MissingGlyph(text, start);
            }

            glyphs[i] = new ShapedGlyph((ushort)infos[i].Codepoint, positions[i].XAdvance, text[start..end]);
        }

        var shaped = new ShapedText(this, text, glyphs);
        if (cache.Count >= ShapeCapacity)
        {
            cache.Clear();
        }

        cache[text] = shaped;
        return shaped;
    }

    private InvalidOperationException MissingGlyph(string text, int index)
    {
        var rune = Rune.GetRuneAt(text, index);
        var code = rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        return new InvalidOperationException(
            $"The font {PostScriptName} has no glyph for '{rune}' (U+{code}) in the text \"{text}\". " +
            "Replace the character or use one the font covers.");
    }

    private byte[] Table(string tag)
    {
        using var table = Face.ReferenceTable(Tag.Parse(tag));
        return table.AsSpan().ToArray();
    }

    public void Dispose()
    {
        font.Dispose();
        Face.Dispose();
        blob.Dispose();
    }
}
