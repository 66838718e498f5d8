using System.Reflection;

namespace PlanReports.Pdf.Fonts;

/// <summary>
/// The four Liberation Sans faces (metric-compatible with Arial, which the DOCX and HTML name), registered
/// explicitly from the files embedded in this assembly. One set per render: HarfBuzz objects are released after.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private const string Family = "Liberation Sans";

    private FontSet(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic)
    {
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
    }

    internal FontFace Regular { get; }

    internal FontFace Bold { get; }

    internal FontFace Italic { get; }

    internal FontFace BoldItalic { get; }

    /// <summary>The faces in a fixed order, so resource names and object order never vary.</summary>
    internal IReadOnlyList<FontFace> All => [Regular, Bold, Italic, BoldItalic];

    internal static FontSet Load() => new(
        Register("LiberationSans-Regular.ttf", "LiberationSans", bold: false, italic: false),
        Register("LiberationSans-Bold.ttf", "LiberationSans-Bold", bold: true, italic: false),
        Register("LiberationSans-Italic.ttf", "LiberationSans-Italic", bold: false, italic: true),
        Register("LiberationSans-BoldItalic.ttf", "LiberationSans-BoldItalic", bold: true, italic: true));

    internal FontFace Select(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => Regular,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => BoldItalic,
    };

    private static FontFace Register(string file, string postScriptName, bool bold, bool italic)
    {
        var resource = $"PlanReports.Pdf.Fonts.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font {file} is not embedded in PlanReports.Pdf (resource {resource}).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new FontFace(postScriptName, Family, bold, italic, copy.ToArray());
    }

    public void Dispose()
    {
        foreach (var face in All)
        {
            face.Dispose();
        }
    }
}
