using System.Diagnostics;

namespace PlanReports.Tests.Cli;

/// <summary>
/// Makes a folder read-only for the test's process: permissions 0555, and where the process can write anyway (root
/// ignores permissions) the immutable attribute as well. Restores both on dispose so the folder can be deleted.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly bool immutable;

    public ReadOnlyFolder(string folder)
    {
        Path = folder;
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Read-only folders are made with Unix permissions and chattr.");
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (CanWrite(folder))
        {
            immutable = Chattr("+i", folder);
        }

        if (CanWrite(folder))
        {
            throw new InvalidOperationException($"{folder} could not be made read-only for this process (permissions and chattr +i both failed).");
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        if (immutable)
        {
            Chattr("-i", Path);
        }

        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanWrite(string folder)
    {
        var probe = System.IO.Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string folder)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, folder]) { UseShellExecute = false, RedirectStandardError = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
