using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Numbered PDF objects, written in number order with a cross-reference table. The file identifier is a hash
/// of the content, so the same document always gives the same bytes.
/// </summary>
internal sealed class PdfObjectStore
{
    private static readonly Encoding Latin1 = Encoding.Latin1;
    private static readonly byte[] EndStream = "\nendstream"u8.ToArray();
    // Each object is one or more byte segments written in order (a stream's dictionary, data and end are kept
    // apart so the compressed data is never copied again).
    private readonly List<byte[][]?> objects = [null];

    internal int Reserve()
    {
        objects.Add(null);
        return objects.Count - 1;
    }

    internal int Add(string body)
    {
        var id = Reserve();
        Set(id, body);
        return id;
    }

    internal void Set(int id, string body) => objects[id] = [Latin1.GetBytes(body)];

    /// <summary>A stream object; <paramref name="compress"/> applies Flate (zlib), which is deterministic.</summary>
    internal int AddStream(string dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true, CompressionLevel level = CompressionLevel.Optimal)
    {
        var id = Reserve();
        SetStream(id, dictionaryEntries, data, compress, level);
        return id;
    }

    internal void SetStream(int id, string dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true, CompressionLevel level = CompressionLevel.Optimal)
    {
        var payload = compress ? Deflate(data, level) : data.ToArray();
        var filter = compress ? " /Filter /FlateDecode" : string.Empty;
        var head = Latin1.GetBytes($"<<{dictionaryEntries}{filter} /Length {PdfSyntax.Integer(payload.Length)}>>\nstream\n");
        objects[id] = [head, payload, EndStream];
    }

    internal void WriteTo(Stream output, int catalog, int info)
    {
        // Objects go straight to the output while a hash of them is kept: the file identifier is that hash,
        // and no second copy of the file is held in memory.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long position = 0;
        void Emit(ReadOnlySpan<byte> bytes, bool hashed = true)
        {
            output.Write(bytes);
            if (hashed)
            {
                hash.AppendData(bytes);
            }

            position += bytes.Length;
        }

        Emit(Latin1.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var offsets = new long[objects.Count];
        for (var id = 1; id < objects.Count; id++)
        {
            var body = objects[id] ?? throw new InvalidOperationException($"PDF object {id} was reserved but never written.");
            offsets[id] = position;
            Emit(Latin1.GetBytes($"{PdfSyntax.Integer(id)} 0 obj\n"));
            foreach (var segment in body)
            {
                Emit(segment);
            }

            Emit("\nendobj\n"u8);
        }

        var fileId = PdfSyntax.Hex(hash.GetHashAndReset().AsSpan(0, 16));
        var xref = position;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(PdfSyntax.Integer(objects.Count)).Append('\n');
        sb.Append("0000000000 65535 f\r\n");
        for (var id = 1; id < objects.Count; id++)
        {
            sb.Append(offsets[id].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n\r\n");
        }

        sb.Append("trailer\n<</Size ").Append(PdfSyntax.Integer(objects.Count))
            .Append(" /Root ").Append(PdfSyntax.Reference(catalog))
            .Append(" /Info ").Append(PdfSyntax.Reference(info))
            .Append(" /ID [<").Append(fileId).Append("> <").Append(fileId).Append(">]>>\n")
            .Append("startxref\n").Append(PdfSyntax.Integer(xref)).Append("\n%%EOF\n");
        Emit(Latin1.GetBytes(sb.ToString()), hashed: false);
    }

    private static void Write(Stream stream, string text) => stream.Write(Latin1.GetBytes(text));

    private static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var result = new MemoryStream(Math.Max(256, data.Length / 3));
        using (var zlib = new ZLibStream(result, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return result.ToArray();
    }
}
