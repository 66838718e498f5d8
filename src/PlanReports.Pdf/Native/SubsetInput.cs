namespace PlanReports.Pdf.Native;

/// <summary>An hb_subset_input_t: which glyphs to keep and how. Disposing frees the native object.</summary>
internal sealed class SubsetInput : IDisposable
{
    private IntPtr handle;

    internal SubsetInput()
    {
        NativeLibraryCheck.EnsureSupported();
        handle = HarfBuzzSubsetApi.InputCreateOrFail();
        if (handle == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input (out of memory).");
        }
    }

    internal IntPtr Handle => handle != IntPtr.Zero ? handle : throw new ObjectDisposedException(nameof(SubsetInput));

    internal void AddGlyphs(IEnumerable<ushort> glyphIds)
    {
        var set = HarfBuzzSubsetApi.InputSet(Handle, HarfBuzzSubsetApi.SetGlyphIndex);
        foreach (var gid in glyphIds)
        {
            HarfBuzzSubsetApi.SetAdd(set, gid);
        }
    }

    internal void DropTables(IEnumerable<string> tags)
    {
        var set = HarfBuzzSubsetApi.InputSet(Handle, HarfBuzzSubsetApi.SetDropTableTag);
        foreach (var tag in tags)
        {
            HarfBuzzSubsetApi.SetAdd(set, (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]));
        }
    }

    internal void SetFlags(uint flags) => HarfBuzzSubsetApi.InputSetFlags(Handle, flags);

    public void Dispose()
    {
        if (handle != IntPtr.Zero)
        {
            HarfBuzzSubsetApi.InputDestroy(handle);
            handle = IntPtr.Zero;
        }
    }
}
