namespace PlanReports.Reference;

/// <summary>An Annex 5 workforce key line of enquiry.</summary>
/// <param name="Number">Its number in the annex.</param>
/// <param name="Text">The line of enquiry, word for word.</param>
public sealed record WorkforceLineOfEnquiry(int Number, string Text);
