namespace PlanReports.Testing;

/// <summary>What an external tool printed and how it exited.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>True when the tool exited with code 0.</summary>
    public bool Succeeded => ExitCode == 0;
}
