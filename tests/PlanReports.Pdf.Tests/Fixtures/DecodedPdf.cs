using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanReports.Pdf.Tests.Fixtures;

/// <summary>
/// A PDF file as text with every Flate stream replaced by its decoded bytes: dictionaries that live in object
/// streams (catalogue, annotations, structure elements) become readable for assertions about the file's syntax.
/// </summary>
internal static partial class DecodedPdf
{
    internal static string Text(byte[] pdf)
    {
        var latin1 = Encoding.Latin1;
        var raw = latin1.GetString(pdf);
        var decoded = new StringBuilder(raw.Length * 4);
        var at = 0;
        foreach (Match m in FlateStream().Matches(raw))
        {
            if (m.Index < at)
            {
                continue;
            }

            var length = int.Parse(m.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var dataStart = m.Index + m.Length;
            decoded.Append(raw, at, dataStart - at);
            using var input = new MemoryStream(pdf, dataStart, length);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            zlib.CopyTo(output);
            decoded.Append(latin1.GetString(output.ToArray()));
            at = dataStart + length;
        }

        return decoded.Append(raw, at, raw.Length - at).ToString();
    }

    [GeneratedRegex(@"/Filter /FlateDecode /Length (?<length>\d+)>>\nstream\n")]
    private static partial Regex FlateStream();
}
