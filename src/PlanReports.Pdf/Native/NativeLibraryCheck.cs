using System.Runtime.InteropServices;

namespace PlanReports.Pdf.Native;

/// <summary>
/// Checks once, before any font is subset, that the native HarfBuzz is new enough for the subset API we bind
/// (hb_subset_or_fail and RETAIN_GIDS are stable from 2.9; we built and tested against 8.3).
/// </summary>
internal static class NativeLibraryCheck
{
    private static readonly Lazy<string> Version = new(Check, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The native HarfBuzz version; throws if it is older than the subset API we need.</summary>
    internal static string EnsureSupported() => Version.Value;

    private static string Check()
    {
        string version;
        try
        {
            version = Marshal.PtrToStringAnsi(HarfBuzzSubsetApi.VersionString()) ?? "unknown";
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException(
                "The native HarfBuzz library (libHarfBuzzSharp from HarfBuzzSharp.NativeAssets) was not found; " +
                "the PDF renderer needs it to shape and subset fonts.", e);
        }

        if (HarfBuzzSubsetApi.VersionAtLeast(8, 0, 0) == 0)
        {
            throw new InvalidOperationException(
                $"The native HarfBuzz library is version {version}; the PDF renderer needs 8.0 or later for hb_subset_or_fail.");
        }

        return version;
    }
}
