using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PlanReports.Reports;

/// <summary>
/// The fingerprint of everything a document is made from: the engine, the report's files (report.yaml,
/// template.md, the shared partials), whether the data is illustrative, and the rows it read, taken as the view
/// model's canonical JSON (records serialise their members in declaration order, so equal data gives equal text).
/// </summary>
public static class InputHash
{
    private static readonly JsonSerializerOptions Canonical = new() { WriteIndented = false };

    /// <summary>Hex SHA-256 over the parts, each length-prefixed so parts cannot run into each other.</summary>
    public static string Compute(string engineVersion, string templateHash, bool illustrative, object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, engineVersion);
        Append(hash, templateHash);
        Append(hash, illustrative ? "illustrative" : "operational");
        Append(hash, JsonSerializer.Serialize(viewModel, viewModel.GetType(), Canonical));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hex SHA-256 of files' names and contents, in the order given.</summary>
    public static string OfFiles(IEnumerable<(string Name, string Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in files)
        {
            Append(hash, name);
            Append(hash, content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
