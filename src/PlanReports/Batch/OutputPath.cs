namespace PlanReports.Batch;

/// <summary>
/// Paths relative to the output folder, as the manifest records them. A path read from a file is data: it is used
/// only if it names a file inside the output folder, so a hostile or corrupted manifest cannot make a run read,
/// overwrite or delete anything elsewhere.
/// </summary>
internal static class OutputPath
{
    /// <summary>
    /// Why <paramref name="relative"/> may not be used under <paramref name="outputFolder"/>, or null when it names a
    /// file inside it: relative, '/'-separated, no empty, "." or ".." segment, and resolving inside the folder.
    /// </summary>
    public static string? Problem(string outputFolder, string relative)
    {
        if (relative.Length == 0)
        {
            return "the path is empty";
        }

        if (Path.IsPathRooted(relative) || relative.Contains('\\', StringComparison.Ordinal) || relative.Contains(':', StringComparison.Ordinal))
        {
            return "the path is not relative to the output folder";
        }

        if (relative.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            return "the path has an empty, '.' or '..' part";
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(Path.Combine(root, relative)).StartsWith(root, StringComparison.Ordinal)
            ? null
            : "the path resolves outside the output folder";
    }

    /// <summary>The full path of <paramref name="relative"/>, which <see cref="Problem"/> has accepted.</summary>
    public static string Full(string outputFolder, string relative)
    {
        if (Problem(outputFolder, relative) is { } problem)
        {
            throw new InvalidDataException($"'{relative}': {problem}.");
        }

        return Path.GetFullPath(Path.Combine(outputFolder, relative));
    }
}
