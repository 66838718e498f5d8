using System.Globalization;

namespace PlanReports.Documents.Model;

/// <summary>An sRGB colour.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    /// <summary>Parses "#RRGGBB" or "RRGGBB".</summary>
    public static Colour FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var s = hex.TrimStart('#');
        if (s.Length != 6 || !int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            throw new FormatException($"'{hex}' is not a colour in the form #RRGGBB.");
        }

        return new Colour((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    /// <summary>Six upper-case hex digits, no '#'.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"{R:X2}{G:X2}{B:X2}");

    /// <summary>WCAG 2.1 relative luminance.</summary>
    public double RelativeLuminance()
    {
        static double Channel(byte c)
        {
            var v = c / 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(R)) + (0.7152 * Channel(G)) + (0.0722 * Channel(B));
    }

    /// <summary>WCAG 2.1 contrast ratio between two colours (1 to 21).</summary>
    public double ContrastWith(Colour other)
    {
        var a = RelativeLuminance();
        var b = other.RelativeLuminance();
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Black.</summary>
    public static Colour Black { get; } = new(0, 0, 0);

    /// <summary>White.</summary>
    public static Colour White { get; } = new(255, 255, 255);
}
