namespace PlanReports.Reference;

/// <summary>Who signs plans off, and when, as 000 §1 states it.</summary>
/// <param name="HeldBy">The person holding the sign-off meetings.</param>
/// <param name="WindowStart">First day of the sign-off meetings.</param>
/// <param name="WindowEnd">Last day of the sign-off meetings.</param>
/// <param name="Quote">The seed's words, word for word.</param>
/// <param name="SubmissionsTo">The seed's words on to whom submissions are made.</param>
public sealed record SignOffArrangement(string HeldBy, DateOnly WindowStart, DateOnly WindowEnd, string Quote, string SubmissionsTo);
