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
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerOptions.Default) { WriteIndented = false };

    /// <summary>Hex SHA-256 over the parts, each length-prefixed so parts cannot run into each other.</summary>
    public static string Compute(string engineVersion, string templateHash, bool illustrative, object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, engineVersion);
        Append(hash, templateHash);
        Append(hash, illustrative ? "illustrative" : "operational");
        var json = CanonicalJson(viewModel);
        hash.AppendData(BitConverter.GetBytes(json.Length));
        hash.AppendData(json);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The view model's canonical JSON as UTF-8, through the generated serialiser for the project's own view models
    /// and reflection for any other type (a test's, say); the same bytes either way.
    /// </summary>
    internal static byte[] CanonicalJson(object viewModel)
    {
        var type = viewModel.GetType();
        return JsonSerializer.SerializeToUtf8Bytes(viewModel, ViewModelJsonContext.Default.GetTypeInfo(type) ?? Canonical.GetTypeInfo(type));
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
