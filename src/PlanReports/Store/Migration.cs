using System.Security.Cryptography;
using System.Text;

namespace PlanReports.Store;

/// <summary>One numbered SQL migration, e.g. <c>0002_organisations.sql</c>.</summary>
/// <param name="Version">The number the file name starts with.</param>
/// <param name="Name">The file name.</param>
/// <param name="Sql">The script.</param>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a checkout on Windows does not count as a change.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
