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
    private readonly List<byte[]?> objects = [null];

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

    internal void Set(int id, string body) => objects[id] = Latin1.GetBytes(body);

    /// <summary>A stream object; <paramref name="compress"/> applies Flate (zlib), which is deterministic.</summary>
    internal int AddStream(string dictionaryEntries, byte[] data, bool compress = true)
    {
        var id = Reserve();
        SetStream(id, dictionaryEntries, data, compress);
        return id;
    }

    internal void SetStream(int id, string dictionaryEntries, byte[] data, bool compress = true)
    {
        var payload = compress ? Deflate(data) : data;
        var filter = compress ? " /Filter /FlateDecode" : string.Empty;
        var head = Latin1.GetBytes($"<<{dictionaryEntries}{filter} /Length {PdfSyntax.Integer(payload.Length)}>>\nstream\n");
        var tail = Latin1.GetBytes("\nendstream");
        objects[id] = [.. head, .. payload, .. tail];
    }

    internal void WriteTo(Stream output, int catalog, int info)
    {
        using var buffer = new MemoryStream();
        Write(buffer, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new long[objects.Count];
        for (var id = 1; id < objects.Count; id++)
        {
            var body = objects[id] ?? throw new InvalidOperationException($"PDF object {id} was reserved but never written.");
            offsets[id] = buffer.Position;
            Write(buffer, $"{PdfSyntax.Integer(id)} 0 obj\n");
            buffer.Write(body);
            Write(buffer, "\nendobj\n");
        }

        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var fileId = PdfSyntax.Hex(hash.AsSpan(0, 16));
        var xref = buffer.Position;
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
        Write(buffer, sb.ToString());
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Write(Stream stream, string text) => stream.Write(Latin1.GetBytes(text));

    private static byte[] Deflate(byte[] data)
    {
        using var result = new MemoryStream();
        using (var zlib = new ZLibStream(result, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return result.ToArray();
    }
}
