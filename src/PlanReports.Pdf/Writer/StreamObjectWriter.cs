using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Compresses and writes stream objects on a thread of its own, in the order they are handed over, so the layout
/// goes on with the next page while this one is compressed. The order (and so every byte) is the same as writing
/// them one by one; only the time overlaps. Records each object's offset for the cross-reference table and hashes
/// everything written for the file identifier. After <see cref="Complete"/> the caller writes the file's tail itself.
/// </summary>
internal sealed class StreamObjectWriter : IDisposable
{
    // Pages waiting to be written: enough to ride out a slow page, few enough that memory stays flat.
    private const int QueueLength = 16;

    // A stream shorter than this is written as it is: a running footer of a couple of hundred bytes would save a
    // few dozen by compression, at the cost of setting up zlib's state (hundreds of kilobytes) for it.
    private const int SmallestCompressed = 512;

    private static readonly Encoding Latin1 = Encoding.Latin1;
    private static readonly byte[] EndStream = "\nendstream\nendobj\n"u8.ToArray();

    private readonly Stream output;
    private readonly ZLibCompressionOptions compression;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly MemoryStream deflated = new();
    private readonly BlockingCollection<Item> queue = new(QueueLength);
    private readonly List<(int Id, long Offset)> offsets = [];
    private readonly Thread thread;
    private ExceptionDispatchInfo? failure;
    private bool completed;

    /// <param name="header">The file's first bytes, written before anything is handed over.</param>
    internal StreamObjectWriter(Stream output, ZLibCompressionOptions compression, ReadOnlySpan<byte> header)
    {
        this.output = output;
        this.compression = compression;
        Emit(header);
        thread = new Thread(Run) { IsBackground = true, Name = "PDF stream writer" };
        thread.Start();
    }

    /// <summary>Where the next byte goes; valid once <see cref="Complete"/> has returned.</summary>
    internal long Position { get; private set; }

    /// <summary>
    /// Hands over stream object <paramref name="id"/>: <paramref name="first"/> then <paramref name="second"/> are its
    /// data, Flate-compressed when <paramref name="compress"/> is set and the data is not very short.
    /// </summary>
    internal void Stream(int id, string dictionaryEntries, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, bool compress)
    {
        // The caller's buffers are reused at once, so the data is copied into a pooled array the thread returns.
        var length = first.Length + second.Length;
        var data = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        first.CopyTo(data);
        second.CopyTo(data.AsSpan(first.Length));
        queue.Add(new Item(id, dictionaryEntries, data, length, compress && length >= SmallestCompressed, Deflated: false));
    }

    /// <summary>Hands over stream object <paramref name="id"/> whose data is already Flate-compressed.</summary>
    internal void DeflatedStream(int id, string dictionaryEntries, ReadOnlySpan<byte> deflated)
    {
        var data = ArrayPool<byte>.Shared.Rent(Math.Max(deflated.Length, 1));
        deflated.CopyTo(data);
        queue.Add(new Item(id, dictionaryEntries, data, deflated.Length, Compress: false, Deflated: true));
    }

    /// <summary>Waits until everything handed over is written; returns each stream object's offset.</summary>
    internal IReadOnlyList<(int Id, long Offset)> Complete()
    {
        if (!completed)
        {
            completed = true;
            queue.CompleteAdding();
            thread.Join();
        }

        failure?.Throw();
        return offsets;
    }

    /// <summary>Writes bytes before the thread starts or after <see cref="Complete"/>, hashing them as the rest.</summary>
    internal void Emit(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        hash.AppendData(bytes);
        Position += bytes.Length;
    }

    /// <summary>The hash of everything written so far.</summary>
    internal byte[] Hash() => hash.GetCurrentHash();

    /// <summary>
    /// Compresses what <paramref name="write"/> writes, on the calling thread (only after <see cref="Complete"/>);
    /// the result is valid until the next compression.
    /// </summary>
    internal ReadOnlySpan<byte> Deflate(Action<Stream> write)
    {
        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, compression, leaveOpen: true))
        {
            write(zlib);
        }

        return deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
    }

    private ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data)
    {
        // One buffer for every stream of the document: nothing is allocated per stream.
        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, compression, leaveOpen: true))
        {
            zlib.Write(data);
        }

        // A view of the shared buffer, valid until the next call: it is written out before then.
        return deflated.GetBuffer().AsSpan(0, (int)deflated.Length);
    }

    public void Dispose()
    {
        if (!completed)
        {
            // The document failed before the end: stop the thread and let what it had go.
            completed = true;
            queue.CompleteAdding();
            thread.Join();
        }

        queue.Dispose();
        hash.Dispose();
        deflated.Dispose();
    }

    private void Run()
    {
        foreach (var item in queue.GetConsumingEnumerable())
        {
            try
            {
                if (failure is null)
                {
                    Write(item);
                }
            }
            catch (Exception e)
            {
                // Kept for Complete to throw; the queue is still drained so the layout never waits on a full queue.
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(item.Data);
            }
        }
    }

    private void Write(Item item)
    {
        var data = item.Data.AsSpan(0, item.Length);
        var payload = item.Compress ? Deflate(data) : data;
        var filter = item.Compress || item.Deflated ? " /Filter /FlateDecode" : string.Empty;
        offsets.Add((item.Id, Position));
        Emit(Latin1.GetBytes($"{PdfSyntax.Integer(item.Id)} 0 obj\n<<{item.DictionaryEntries}{filter} /Length {PdfSyntax.Integer(payload.Length)}>>\nstream\n"));
        Emit(payload);
        Emit(EndStream);
    }

    private readonly record struct Item(int Id, string DictionaryEntries, byte[] Data, int Length, bool Compress, bool Deflated);
}
