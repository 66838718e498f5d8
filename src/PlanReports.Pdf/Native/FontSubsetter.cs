namespace PlanReports.Pdf.Native;

/// <summary>Subsets a font to the glyphs a document uses, keeping glyph ids so CID = original GID.</summary>
internal static class FontSubsetter
{
    // Tables a PDF viewer never reads: shaping is done before the PDF is written, and hints are ignored.
    private static readonly string[] UnneededTables = ["GSUB", "GPOS", "GDEF", "kern", "DSIG", "gasp", "hdmx", "LTSH", "VDMX"];

    /// <summary>Returns an OpenType file holding only <paramref name="glyphIds"/> (plus .notdef).</summary>
    internal static byte[] Subset(HarfBuzzSharp.Face face, IEnumerable<ushort> glyphIds, string fontName)
    {
        using var input = new SubsetInput();
        input.AddGlyphs(glyphIds);
        input.DropTables(UnneededTables);
        input.SetFlags(HarfBuzzSubsetApi.FlagRetainGids | HarfBuzzSubsetApi.FlagNoHinting | HarfBuzzSubsetApi.FlagNoLayoutClosure);
        var result = HarfBuzzSubsetApi.SubsetOrFail(face.Handle, input.Handle);
        if (result == IntPtr.Zero)
        {
            throw new InvalidOperationException($"HarfBuzz could not subset the font {fontName}.");
        }

        using var subset = new NativeFace(result);
        return subset.ToBytes();
    }
}
