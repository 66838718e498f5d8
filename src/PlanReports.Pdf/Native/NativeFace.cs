using System.Runtime.InteropServices;

namespace PlanReports.Pdf.Native;

/// <summary>An hb_face_t we own (the subsetter's result). Disposing releases the native reference.</summary>
internal sealed class NativeFace : IDisposable
{
    private IntPtr handle;

    internal NativeFace(IntPtr handle) => this.handle = handle;

    /// <summary>The face serialised back to an OpenType file.</summary>
    internal byte[] ToBytes()
    {
        if (handle == IntPtr.Zero)
        {
            throw new ObjectDisposedException(nameof(NativeFace));
        }

        var blob = HarfBuzzSubsetApi.FaceReferenceBlob(handle);
        try
        {
            var data = HarfBuzzSubsetApi.BlobGetData(blob, out var length);
            var bytes = new byte[length];
            if (length > 0)
            {
                Marshal.Copy(data, bytes, 0, (int)length);
            }

            return bytes;
        }
        finally
        {
            HarfBuzzSubsetApi.BlobDestroy(blob);
        }
    }

    public void Dispose()
    {
        if (handle != IntPtr.Zero)
        {
            HarfBuzzSubsetApi.FaceDestroy(handle);
            handle = IntPtr.Zero;
        }
    }
}
