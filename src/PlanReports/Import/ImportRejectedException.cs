namespace PlanReports.Import;

/// <summary>The import was rejected; the store is unchanged. <see cref="Errors"/> says where and why.</summary>
public sealed class ImportRejectedException : Exception
{
    /// <summary>Creates the rejection from the errors found (at most the importer's limit).</summary>
    public ImportRejectedException(IReadOnlyList<ImportError> errors, bool truncated)
        : base($"Import rejected: {errors.Count}{(truncated ? "+" : string.Empty)} error(s); the store is unchanged.")
    {
        Errors = errors;
        Truncated = truncated;
    }

    /// <summary>The errors, in file and line order.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>True when checking stopped at the error limit, so more errors may exist.</summary>
    public bool Truncated { get; }
}
