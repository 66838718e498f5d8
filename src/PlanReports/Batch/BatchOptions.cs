namespace PlanReports.Batch;

/// <summary>What a render run covers and how.</summary>
/// <param name="StorePath">The SQLite store to read.</param>
/// <param name="ReportdefsRoot">The reportdefs/ folder.</param>
/// <param name="OutputFolder">Where documents and manifest.json go.</param>
/// <param name="Report">Only this report id, or null for all.</param>
/// <param name="Organisation">Only documents for this organisation code, or null for all.</param>
/// <param name="Format">Only this format, or null for every format a report lists.</param>
/// <param name="Jobs">How many documents render at once.</param>
/// <param name="Force">Render even documents whose inputs have not changed.</param>
/// <param name="Only">Only these documents (report id, organisation code), or null for all the other filters allow.</param>
public sealed record BatchOptions(
    string StorePath,
    string ReportdefsRoot,
    string OutputFolder,
    string? Report = null,
    string? Organisation = null,
    string? Format = null,
    int Jobs = 0,
    bool Force = false,
    IReadOnlySet<(string Report, string Organisation)>? Only = null)
{
    /// <summary>
    /// Validates the store, on a thread of its own beside planning and rendering (it reads the store as they do and
    /// needs only its own connection); the report is shown in <c>index.html</c> and returned in the result. Null
    /// when validation is not run.
    /// </summary>
    public Func<Validation.ValidationReport>? Validate { get; init; }

    /// <summary>
    /// The reports already being prepared for <see cref="ReportdefsRoot"/> (see <see cref="BatchRunner.Prepare"/>), or
    /// null for the run to load and compile them itself.
    /// </summary>
    public PreparedReports? Prepared { get; init; }

    /// <summary>The degree of parallelism: <see cref="Jobs"/>, or the processor count when it is 0.</summary>
    public int EffectiveJobs => Jobs > 0 ? Jobs : Environment.ProcessorCount;
}
