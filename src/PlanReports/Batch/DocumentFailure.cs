namespace PlanReports.Batch;

/// <summary>A document that could not be made, with why.</summary>
/// <param name="Report">The report id.</param>
/// <param name="Organisation">The organisation code, or "*" when the whole report failed before any organisation.</param>
/// <param name="OrganisationName">The organisation's name, or empty.</param>
/// <param name="Cause">What went wrong, as the exception said it (naming file and line for template errors).</param>
public sealed record DocumentFailure(string Report, string Organisation, string OrganisationName, string Cause)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Report} for {Organisation}{(OrganisationName.Length > 0 ? " " + OrganisationName : string.Empty)}: {Cause}";
}
