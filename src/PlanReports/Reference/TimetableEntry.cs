namespace PlanReports.Reference;

/// <summary>A row of a planning timetable.</summary>
/// <param name="DateAsStated">The date exactly as the seed writes it ("Wed 25 Apr – Fri 4 May").</param>
/// <param name="Start">The first day it covers.</param>
/// <param name="End">The last day it covers, or null for a single day or an open-ended "From …".</param>
/// <param name="Action">What happens, word for word.</param>
public sealed record TimetableEntry(string DateAsStated, DateOnly Start, DateOnly? End, string Action);
