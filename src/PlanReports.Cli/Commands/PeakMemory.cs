using System.Globalization;

namespace PlanReports.Cli.Commands;

/// <summary>
/// The process's peak resident memory (VmHWM), which Linux lets a process reset (writing 5 to /proc/self/clear_refs),
/// so the bench can report the peak of the rendering alone rather than of generating and importing the sample too.
/// </summary>
internal static class PeakMemory
{
    /// <summary>Starts a new peak from the current resident size; false where the system does not allow it.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident memory in bytes since start or since the last <see cref="Reset"/>.</summary>
    public static long Read()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }
}
