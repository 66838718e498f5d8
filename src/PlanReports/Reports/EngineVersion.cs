using System.Reflection;
using System.Security.Cryptography;

namespace PlanReports.Reports;

/// <summary>
/// Identifies the rendering engine for incremental builds: a SHA-256 over the assemblies that turn data into
/// bytes. Builds are deterministic, so the same source gives the same value; any code change gives a new one and
/// makes every document render again.
/// </summary>
public static class EngineVersion
{
    /// <summary>The hash of the given assemblies' files, in the order given, as lowercase hex.</summary>
    public static string Of(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in assemblies.Distinct().OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(assembly.GetName().Name ?? string.Empty));
            hash.AppendData(File.ReadAllBytes(assembly.Location));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
