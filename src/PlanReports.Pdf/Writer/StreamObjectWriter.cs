using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Compresses and writes stream objects as they are handed over, on the caller's thread. (A thread of its own per
/// document, overlapping a page's compression with the next page's layout, cost more than it saved: a batch already
/// renders a document per core, so there is no idle core to overlap on.) Returns each object's offset for the
/// cross-reference table and hashes everything written for the file identifier.
/// </summary>
internal sealed class StreamObjectWriter : IDisposable
{
    // A stream shorter than this is written as it is: a running footer of a couple of hundred bytes would save a
    // few dozen by compression, at the cost of setting up zlib's state (hundreds of kilobytes) for it.
    private const int SmallestCompressed = 512;

    private static readonly Encoding Latin1 = Encoding.Latin1;
    private static readonly byte[] EndStream = "\nendstream\nendobj\n"u8.ToArray();

    private readonly Stream output;
    private readonly ZLibCompressionOptions compression;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly MemoryStream deflated = new();

    // A stream given in two parts is joined before compression: zlib is given every stream in one piece, as it
    // always was, so the compressed bytes cannot depend on where the parts meet.
    private byte[] joined = [];

    /// <param name="header">The file's first bytes, written before anything is handed over.</param>
    internal StreamObjectWriter(Stream output, ZLibCompressionOptions compression, ReadOnlySpan<byte> header)
    {
        this.output = output;
        this.compression = compression;
        Emit(header);
    }

    /// <summary>Where the next byte goes.</summary>
    internal long Position { get; private set; }

    /// <summary>
    /// Writes stream object <paramref name="id"/>: <paramref name="first"/> then <paramref name="second"/> are its
    /// data, Flate-compressed when <paramref name="compress"/> is set and the data is not very short. Returns the
    /// object's offset in the file.
    /// </summary>
    internal long Stream(int id, string dictionaryEntries, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, bool compress)
    {
        var data = first;
        if (!second.IsEmpty)
        {
            var length = first.Length + second.Length;
            if (joined.Length < length)
            {
                joined = new byte[Math.Max(length, joined.Length * 2)];
            }

            first.CopyTo(joined);
            second.CopyTo(joined.AsSpan(first.Length));
            data = joined.AsSpan(0, length);
        }

        var compressed = compress && data.Length >= SmallestCompressed;
        return Write(id, dictionaryEntries, compressed ? Deflate(data) : data, compressed);
    }

    /// <summary>Writes stream object <paramref name="id"/> whose data is already Flate-compressed; returns its offset.</summary>
    internal long DeflatedStream(int id, string dictionaryEntries, ReadOnlySpan<byte> deflated) =>
        Write(id, dictionaryEntries, deflated, compressed: true);

    /// <summary>Writes bytes outside any stream object, hashing them as the rest.</summary>
    internal void Emit(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        hash.AppendData(bytes);
        Position += bytes.Length;
    }

    /// <summary>The hash of everything written so far.</summary>
    internal byte[] Hash() => hash.GetCurrentHash();

    /// <summary>Compresses what <paramref name="write"/> writes; the result is valid until the next compression.</summary>
    internal ReadOnlySpan<byte> Deflate(Action<Stream> write)
    {
        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, compression, leaveOpen: true))
        {
            write(zlib);
        }

        return deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
    }

    public void Dispose()
    {
        hash.Dispose();
        deflated.Dispose();
    }

    /// <summary>
    /// Compresses <paramref name="data"/> into <paramref name="target"/> (emptied first) in one write, as every PDF stream
    /// is compressed: the one place the compressed bytes are made, for the writer's streams and the font files kept
    /// for later documents alike.
    /// </summary>
    internal static void DeflateInto(MemoryStream target, ReadOnlySpan<byte> data, ZLibCompressionOptions compression)
    {
        target.SetLength(0);
        using var zlib = new ZLibStream(target, compression, leaveOpen: true);
        zlib.Write(data);
    }

    private ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data)
    {
        // One buffer for every stream of the document: nothing is allocated per stream. The view is valid until the
        // next call: it is written out before then.
        DeflateInto(deflated, data, compression);
        return deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
    }

    private long Write(int id, string dictionaryEntries, ReadOnlySpan<byte> payload, bool compressed)
    {
        var filter = compressed ? " /Filter /FlateDecode" : string.Empty;
        var offset = Position;
        Emit(Latin1.GetBytes($"{PdfSyntax.Integer(id)} 0 obj\n<<{dictionaryEntries}{filter} /Length {PdfSyntax.Integer(payload.Length)}>>\nstream\n"));
        Emit(payload);
        Emit(EndStream);
        return offset;
    }
}
