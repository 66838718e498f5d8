namespace PlanReports.Pdf.Writer;

/// <summary>A font subset ready to embed: its length as an OpenType file and its Flate-compressed bytes.</summary>
/// <param name="Length">The subset's length before compression (the stream's /Length1).</param>
/// <param name="Deflated">The subset compressed as the writer compresses every stream.</param>
internal sealed record FontFile(int Length, byte[] Deflated);
