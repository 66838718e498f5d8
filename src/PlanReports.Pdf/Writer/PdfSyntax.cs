using System.Globalization;
using System.Text;

namespace PlanReports.Pdf.Writer;

/// <summary>PDF lexical forms: numbers, names, text strings and dates, always culture-invariant.</summary>
internal static class PdfSyntax
{
    /// <summary>A real number with at most three decimals and no exponent.</summary>
    internal static string Number(double value)
    {
        var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        return rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    internal static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Reference(int id) => $"{Integer(id)} 0 R";

    /// <summary>A text string as UTF-16BE with a byte-order mark, in hex, so any character survives.</summary>
    internal static string Text(string value)
    {
        var sb = new StringBuilder("<FEFF", 6 + (value.Length * 4));
        foreach (var c in value)
        {
            sb.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return sb.Append('>').ToString();
    }

    /// <summary>A byte string of ASCII characters (URIs), escaped.</summary>
    internal static string Ascii(string value)
    {
        var sb = new StringBuilder("(");
        foreach (var c in value)
        {
            if (c is '(' or ')' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return sb.Append(')').ToString();
    }

    /// <summary>A PDF date for midnight UTC of <paramref name="date"/>.</summary>
    internal static string Date(DateOnly date) =>
        "(D:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000Z)";

    /// <summary>An XMP (ISO 8601) date for midnight UTC of <paramref name="date"/>.</summary>
    internal static string XmpDate(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    internal static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
