namespace PlanReports.Documents.Model;

/// <summary>A postal address or addressee block: one line each, no blank lines.</summary>
/// <param name="Lines">Name, role, organisation and address lines, in order.</param>
/// <param name="Alignment">Left for an addressee, right for a sender's address.</param>
public sealed record AddressBlock(IReadOnlyList<string> Lines, TextAlignment Alignment = TextAlignment.Left) : Block;
