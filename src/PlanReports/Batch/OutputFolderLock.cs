using System.Globalization;
using System.Text;

namespace PlanReports.Batch;

/// <summary>
/// One run at a time per output folder. The lock is an operating-system lock on <c>.planreports.lock</c> inside the
/// folder (a file opened with <see cref="FileShare.None"/>: flock on Linux, a sharing lock on Windows), so a run
/// that is killed leaves no stale lock: the system releases it with the process. Because the locked file cannot be
/// read by another process, the holder's id is written beside it in <c>.planreports.pid</c> for the run it refuses.
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    /// <summary>The lock file's name in the output folder.</summary>
    public const string LockFileName = ".planreports.lock";

    /// <summary>The name of the file that says which process holds the lock.</summary>
    public const string OwnerFileName = ".planreports.pid";

    private readonly FileStream held;
    private readonly string ownerFile;

    private OutputFolderLock(string folder, FileStream held)
    {
        Folder = folder;
        this.held = held;
        ownerFile = Path.Combine(folder, OwnerFileName);
    }

    /// <summary>The full path of the locked output folder.</summary>
    public string Folder { get; }

    /// <summary>Creates <paramref name="outputFolder"/> if needed and locks it, or fails at once.</summary>
    /// <exception cref="BatchUsageException">Another process holds the folder, or the folder cannot be written.</exception>
    public static OutputFolderLock Acquire(string outputFolder)
    {
        var folder = Path.GetFullPath(outputFolder);
        return TryAcquire(folder, out var problem) ?? throw new BatchUsageException($"{folder}: output folder cannot be written ({problem})");
    }

    /// <summary>
    /// Locks an existing folder for reading (verify), so no run changes it meanwhile; returns null when the folder
    /// cannot be written, since then no run can be writing to it either (an archived, read-only output).
    /// </summary>
    /// <exception cref="BatchUsageException">Another process holds the folder.</exception>
    public static OutputFolderLock? AcquireUnlessReadOnly(string outputFolder) => TryAcquire(Path.GetFullPath(outputFolder), out _);

    private static OutputFolderLock? TryAcquire(string folder, out string? problem)
    {
        FileStream stream;
        try
        {
            Directory.CreateDirectory(folder);
            stream = new FileStream(Path.Combine(folder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new BatchUsageException($"{folder}: output folder is in use by {Holder(folder)}; wait for it to finish or use another --out.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return null;
        }

        var taken = new OutputFolderLock(folder, stream);
        try
        {
            AtomicFile.Write(taken.ownerFile, Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The lock file could be opened but nothing new can be made in the folder: it is read-only.
            taken.Dispose();
            problem = e.Message;
            return null;
        }

        problem = null;
        return taken;
    }

    /// <summary>Releases the folder. The owner file goes first, so it never names a process that no longer holds the lock.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(ownerFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale owner file is harmless: it is read only while the lock is held, and the next holder rewrites it.
        }

        // The lock file itself stays: deleting it would let a process that opened it just before take a lock on a
        // file no longer in the folder while a third creates a new one.
        held.Dispose();
    }

    // EWOULDBLOCK from flock (11 on Linux, 35 on macOS) or ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION on Windows.
    private static bool IsHeldElsewhere(IOException e) => (e.HResult & 0xFFFF) is 11 or 35 or 32 or 33;

    private static string Holder(string folder)
    {
        // The holder writes its id just after taking the lock; a refused run arriving in between waits a moment for it.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                var text = File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim();
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                {
                    return $"process {pid}";
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not written yet, or being replaced: try again.
            }

            Thread.Sleep(20);
        }

        return "another process";
    }
}
