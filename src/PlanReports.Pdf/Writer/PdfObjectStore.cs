using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Numbered PDF objects written as they come. Stream objects (page content, fonts, metadata) are compressed and
/// written by a <see cref="StreamObjectWriter"/> the moment they are added, so a long document's pages are never all
/// in memory. Dictionaries and arrays (structure
/// elements, pages, annotations, font dictionaries) are small: they are packed, in the order they are set, into
/// Flate-compressed object streams (PDF 1.5 /ObjStm) of a hundred, each written as soon as it is full.
/// <see cref="Finish"/> ends the file with a compressed cross-reference stream. The file identifier is a hash of
/// everything written before it, so the same document always gives the same bytes.
/// </summary>
internal sealed class PdfObjectStore : IDisposable
{
    // Objects per object stream: large enough to compress well, small enough that a reader's random access stays cheap.
    private const int ObjectsPerStream = 100;

    // zlib level 4, not 6 (CompressionLevel.Optimal): measured on the 204-page bundle, the writer takes about a fifth
    // less time for a file about 7% larger (1.28 MB against 1.20 MB); level 2 saves a little more time but the
    // file grows by a fifth, and level 1 (zlib-ng's quick strategy) by two thirds.
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 4 };

    private static readonly Encoding Latin1 = Encoding.Latin1;

    private readonly StreamObjectWriter writer;

    // Per object number, its cross-reference entry: type 0 while only reserved, type 1 (offset in the file) or type 2
    // (object stream number, index in it).
    private readonly ChunkedList<(byte Type, long Field2, int Field3)> entries = new();

    // The object stream being filled: its number, its objects' numbers and offsets ("id offset " pairs), and their
    // bodies one after another. Bodies are copied in as they are set; nothing is allocated per object.
    private readonly AsciiBuilder openOffsets = new();
    private readonly AsciiBuilder openBodies = new();
    private int openId;
    private int openCount;

    internal PdfObjectStore(Stream output)
    {
        writer = new StreamObjectWriter(output, Compression, Latin1.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
        entries.Add((0, 0, 65535));
    }

    internal int Reserve()
    {
        entries.Add((0, 0, 0));
        return entries.Count - 1;
    }

    internal int Add(string body)
    {
        var id = Reserve();
        Set(id, body);
        return id;
    }

    internal void Set(int id, string body)
    {
        Open(id);
        openBodies.Append(body);
        Close();
    }

    internal void Set(int id, ReadOnlySpan<byte> body)
    {
        Open(id);
        openBodies.Append(body);
        Close();
    }

    /// <summary>
    /// Adds a stream object, written in turn by the writer; <paramref name="compress"/> applies Flate (zlib), which is
    /// deterministic, to any but a very short stream.
    /// </summary>
    internal int AddStream(string dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true)
    {
        var id = Reserve();
        entries[id] = (1, writer.Stream(id, dictionaryEntries, data, default, compress), 0);
        return id;
    }

    /// <summary>
    /// Adds a stream object whose data is already Flate-compressed by <see cref="Deflate"/> (a font subset made once
    /// for many documents): written as <see cref="AddStream"/> would write the uncompressed data, provided that is not
    /// a very short stream (which AddStream leaves uncompressed); a font file is always kilobytes long.
    /// </summary>
    internal int AddDeflatedStream(string dictionaryEntries, ReadOnlySpan<byte> deflated)
    {
        var id = Reserve();
        entries[id] = (1, writer.DeflatedStream(id, dictionaryEntries, deflated), 0);
        return id;
    }

    /// <summary>
    /// <paramref name="data"/> compressed as <see cref="AddStream"/> compresses a stream (the same zlib settings, in one
    /// write), so the bytes are those the writer would have made.
    /// </summary>
    internal static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var deflated = new MemoryStream();
        StreamObjectWriter.DeflateInto(deflated, data, Compression);
        return deflated.ToArray();
    }

    /// <summary>Writes the last object stream, then the cross-reference stream and the trailer.</summary>
    internal void Finish(int catalog, int info)
    {
        WriteObjectStream();

        for (var id = 1; id < entries.Count; id++)
        {
            if (entries[id].Type == 0)
            {
                throw new InvalidOperationException($"PDF object {id} was reserved but never written.");
            }
        }

        var fileId = PdfSyntax.Hex(writer.Hash().AsSpan(0, 16));
        var xrefId = entries.Count;
        entries.Add((1, writer.Position, 0));

        // /W [1 4 2]: a type byte, a four-byte offset or object stream number, a two-byte generation or index.
        // Rows are compressed as they are made: the table of a long document is never in memory whole.
        var compressed = writer.Deflate(zlib =>
        {
            var rows = new byte[7 * 512];
            var filled = 0;
            for (var i = 0; i < entries.Count; i++)
            {
                var (type, field2, field3) = entries[i];
                var row = rows.AsSpan(filled, 7);
                row[0] = type;
                BinaryPrimitives.WriteUInt32BigEndian(row[1..], checked((uint)field2));
                BinaryPrimitives.WriteUInt16BigEndian(row[5..], checked((ushort)field3));
                filled += 7;
                if (filled == rows.Length || i == entries.Count - 1)
                {
                    zlib.Write(rows, 0, filled);
                    filled = 0;
                }
            }
        });
        var xref = writer.Position;
        var dictionary = $"<</Type /XRef /Size {PdfSyntax.Integer(entries.Count)} /W [1 4 2]" +
            $" /Root {PdfSyntax.Reference(catalog)} /Info {PdfSyntax.Reference(info)} /ID [<{fileId}> <{fileId}>]" +
            $" /Filter /FlateDecode /Length {PdfSyntax.Integer(compressed.Length)}>>\nstream\n";
        writer.Emit(Latin1.GetBytes($"{PdfSyntax.Integer(xrefId)} 0 obj\n{dictionary}"));
        writer.Emit(compressed);
        writer.Emit(Latin1.GetBytes($"\nendstream\nendobj\nstartxref\n{PdfSyntax.Integer(xref)}\n%%EOF\n"));
    }

    public void Dispose() => writer.Dispose();

    /// <summary>Starts object <paramref name="id"/> in the open object stream (opening one if none is).</summary>
    private void Open(int id)
    {
        if (entries[id].Type != 0)
        {
            throw new InvalidOperationException($"PDF object {id} was written twice.");
        }

        if (openCount == 0)
        {
            openId = Reserve();
        }

        entries[id] = (2, openId, openCount);
        openOffsets.Append(id).Append(' ').Append(openBodies.Length).Append(' ');
        openCount++;
    }

    /// <summary>Ends the object just set; a full object stream is written out.</summary>
    private void Close()
    {
        openBodies.Append('\n');
        if (openCount == ObjectsPerStream)
        {
            WriteObjectStream();
        }
    }

    /// <summary>Writes the open object stream, if it has any objects.</summary>
    private void WriteObjectStream()
    {
        if (openCount == 0)
        {
            return;
        }

        entries[openId] = (1, writer.Stream(
            openId,
            $"/Type /ObjStm /N {PdfSyntax.Integer(openCount)} /First {PdfSyntax.Integer(openOffsets.Length)}",
            openOffsets.Written,
            openBodies.Written,
            compress: true), 0);
        openOffsets.Clear();
        openBodies.Clear();
        openCount = 0;
    }
}
