using System.Runtime.InteropServices;

namespace PlanReports.Pdf.Native;

/// <summary>
/// The flat C interface of HarfBuzz's subsetter, bound from the native library HarfBuzzSharp ships
/// (HarfBuzzSharp itself does not wrap hb-subset). Only the wrappers in this folder call these.
/// </summary>
internal static partial class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_subset_sets_t: the set of glyph ids to keep.</summary>
    internal const int SetGlyphIndex = 0;

    /// <summary>hb_subset_sets_t: the set of table tags to drop.</summary>
    internal const int SetDropTableTag = 3;

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: PDF viewers rasterise without TrueType hints.</summary>
    internal const uint FlagNoHinting = 0x1;

    /// <summary>HB_SUBSET_FLAGS_RETAIN_GIDS: keep glyph ids, so CIDs in content streams equal the original glyph ids.</summary>
    internal const uint FlagRetainGids = 0x2;

    /// <summary>
    /// HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE: shaping is finished before the PDF is written, so glyphs reachable only
    /// through GSUB are never drawn; skipping the closure keeps the subset small and fast.
    /// </summary>
    internal const uint FlagNoLayoutClosure = 0x200;

    [LibraryImport(Library, EntryPoint = "hb_version_atleast")]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial int VersionAtLeast(uint major, uint minor, uint micro);

    [LibraryImport(Library, EntryPoint = "hb_version_string")]
    internal static partial IntPtr VersionString();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    internal static partial IntPtr InputCreateOrFail();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    internal static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    internal static partial IntPtr InputSet(IntPtr input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    internal static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    internal static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    internal static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    internal static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    internal static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    internal static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    internal static partial void BlobDestroy(IntPtr blob);
}
