using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Numbered PDF objects written as they come. Stream objects (page content, fonts, metadata) go to the output the
/// moment they are added, so a long document's pages are never all in memory. Dictionaries and arrays (structure
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

    // A stream shorter than this is written as it is: a running footer of a couple of hundred bytes would save a
    // few dozen by compression, at the cost of setting up zlib's state (hundreds of kilobytes) for it.
    private const int SmallestCompressed = 512;

    private static readonly Encoding Latin1 = Encoding.Latin1;
    private static readonly byte[] EndStream = "\nendstream"u8.ToArray();

    private readonly Stream output;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // Per object number, its cross-reference entry: type 0 while only reserved, type 1 (offset in the file) or
    // type 2 (object stream number, index in it).
    private readonly ChunkedList<(byte Type, long Field2, int Field3)> entries = new();

    // The object stream being filled: its number, its objects' numbers and offsets ("id offset " pairs), and their
    // bodies one after another. Bodies are copied in as they are set; nothing is allocated per object.
    private readonly AsciiBuilder openOffsets = new();
    private readonly AsciiBuilder openBodies = new();
    private int openId;
    private int openCount;

    private readonly MemoryStream deflated = new();
    private long position;

    internal PdfObjectStore(Stream output)
    {
        this.output = output;
        entries.Add((0, 0, 65535));
        Emit(Latin1.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
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
    /// Writes a stream object now; <paramref name="compress"/> applies Flate (zlib), which is deterministic, to any
    /// but a very short stream.
    /// </summary>
    internal int AddStream(string dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true)
    {
        var id = Reserve();
        compress &= data.Length >= SmallestCompressed;
        var payload = compress ? Deflate(data) : data;
        var filter = compress ? " /Filter /FlateDecode" : string.Empty;
        entries[id] = (1, position, 0);
        Emit(Latin1.GetBytes($"{PdfSyntax.Integer(id)} 0 obj\n<<{dictionaryEntries}{filter} /Length {PdfSyntax.Integer(payload.Length)}>>\nstream\n"));
        Emit(payload);
        Emit(EndStream);
        Emit("\nendobj\n"u8);
        return id;
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

        var fileId = PdfSyntax.Hex(hash.GetHashAndReset().AsSpan(0, 16));
        var xrefId = entries.Count;
        entries.Add((1, position, 0));

        // /W [1 4 2]: a type byte, a four-byte offset or object stream number, a two-byte generation or index.
        // Rows are compressed as they are made: the table of a long document is never in memory whole.
        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, Compression, leaveOpen: true))
        {
            Span<byte> rows = stackalloc byte[7 * 512];
            var filled = 0;
            for (var i = 0; i < entries.Count; i++)
            {
                var (type, field2, field3) = entries[i];
                var row = rows.Slice(filled, 7);
                row[0] = type;
                BinaryPrimitives.WriteUInt32BigEndian(row[1..], checked((uint)field2));
                BinaryPrimitives.WriteUInt16BigEndian(row[5..], checked((ushort)field3));
                filled += 7;
                if (filled == rows.Length || i == entries.Count - 1)
                {
                    zlib.Write(rows[..filled]);
                    filled = 0;
                }
            }
        }

        var compressed = deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
        var xref = position;
        var dictionary = $"<</Type /XRef /Size {PdfSyntax.Integer(entries.Count)} /W [1 4 2]" +
            $" /Root {PdfSyntax.Reference(catalog)} /Info {PdfSyntax.Reference(info)} /ID [<{fileId}> <{fileId}>]" +
            $" /Filter /FlateDecode /Length {PdfSyntax.Integer(compressed.Length)}>>\nstream\n";
        output.Write(Latin1.GetBytes($"{PdfSyntax.Integer(xrefId)} 0 obj\n{dictionary}"));
        output.Write(compressed);
        output.Write(Latin1.GetBytes($"\nendstream\nendobj\nstartxref\n{PdfSyntax.Integer(xref)}\n%%EOF\n"));
    }

    public void Dispose()
    {
        hash.Dispose();
        deflated.Dispose();
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        hash.AppendData(bytes);
        position += bytes.Length;
    }

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

        var payload = Deflate(openOffsets.Written, openBodies.Written);
        entries[openId] = (1, position, 0);
        Emit(Latin1.GetBytes(
            $"{PdfSyntax.Integer(openId)} 0 obj\n<</Type /ObjStm /N {PdfSyntax.Integer(openCount)} /First {PdfSyntax.Integer(openOffsets.Length)}" +
            $" /Filter /FlateDecode /Length {PdfSyntax.Integer(payload.Length)}>>\nstream\n"));
        Emit(payload);
        Emit(EndStream);
        Emit("\nendobj\n"u8);
        openOffsets.Clear();
        openBodies.Clear();
        openCount = 0;
    }

    private ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data, ReadOnlySpan<byte> more = default)
    {
        // One buffer for every stream of the document: nothing is allocated per stream.
        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, Compression, leaveOpen: true))
        {
            zlib.Write(data);
            zlib.Write(more);
        }

        // A view of the shared buffer, valid until the next call: it is written out before then.
        return deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
    }
}
