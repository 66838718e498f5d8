using PlanReports.Testing;

namespace PlanReports.Tests.Accessibility;

/// <summary>
/// What the axe tests need: Chromium (Debian's <c>chromium</c>) and axe-core, pinned in this folder's package.json and
/// installed by <c>npm ci</c>. Where either is missing the tests are skipped with the reason, unless
/// <c>PLANREPORTS_REQUIRE_AXE=1</c> (set by CI), when they run and fail instead, as the PostgreSQL tests do.
/// </summary>
internal static class AxeEnvironment
{
    public const string RequiredVariable = "PLANREPORTS_REQUIRE_AXE";

    /// <summary>axe-core's browser bundle, where <c>npm ci</c> in this folder puts it.</summary>
    public static string AxeScript => RepoPaths.Combine("tests", "PlanReports.Tests", "Accessibility", "node_modules", "axe-core", "axe.min.js");

    /// <summary>The Chromium executable on the PATH, or null.</summary>
    public static string? Chromium =>
        new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Why the axe tests are skipped, or null when they run.</summary>
    public static string? SkipReason
    {
        get
        {
            if (Environment.GetEnvironmentVariable(RequiredVariable) == "1")
            {
                return null;
            }

            if (Chromium is null)
            {
                return $"axe tests skipped: no chromium on the PATH (Debian package 'chromium'; {RequiredVariable}=1 makes this a failure).";
            }

            return File.Exists(AxeScript)
                ? null
                : $"axe tests skipped: {AxeScript} is missing; run 'npm ci' in tests/PlanReports.Tests/Accessibility ({RequiredVariable}=1 makes this a failure).";
        }
    }
}
