using System.Globalization;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// A growable byte buffer for content streams (ASCII operators and numbers, and glyph codes as single bytes), so a
/// page's content never exists as a string (hundreds of pages would otherwise allocate megabytes of text).
/// </summary>
internal sealed class AsciiBuilder
{
    private byte[] buffer = new byte[1 << 16];
    private int length;

    internal ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    internal int Length => length;

    internal void Clear() => length = 0;

    internal AsciiBuilder Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
        return this;
    }

    internal AsciiBuilder Append(char c)
    {
        Ensure(1);
        buffer[length++] = (byte)c;
        return this;
    }

    internal AsciiBuilder Append(string text)
    {
        Ensure(text.Length);
        foreach (var c in text)
        {
            buffer[length++] = (byte)c;
        }

        return this;
    }

    internal AsciiBuilder Append(long value)
    {
        Ensure(20);
        value.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    /// <summary>A PDF real with at most three decimals, as <see cref="PdfSyntax.Number"/> writes it.</summary>
    internal AsciiBuilder Num(double value)
    {
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            Append('-');
            thousandths = -thousandths;
        }

        Append(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction == 0)
        {
            return this;
        }

        Append('.');
        var divisor = 100;
        while (fraction > 0)
        {
            Append((char)('0' + (fraction / divisor)));
            fraction %= divisor;
            divisor /= 10;
        }

        return this;
    }

    private void Ensure(int extra)
    {
        if (length + extra > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + extra));
        }
    }
}
