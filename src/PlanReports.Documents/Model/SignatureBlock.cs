namespace PlanReports.Documents.Model;

/// <summary>The sign-off of a letter: closing, space for the signature, then the signatory.</summary>
/// <param name="Closing">For example "Yours sincerely".</param>
/// <param name="Name">The signatory's name.</param>
/// <param name="Role">Their role.</param>
/// <param name="Organisation">Their organisation.</param>
public sealed record SignatureBlock(string Closing, string Name, string Role, string Organisation) : Block;
