namespace PlanReports.Sample;

/// <summary>An Annex 6 checklist item: a section ("4"), prompt ("4.2") or sub-prompt ("4.2.a").</summary>
internal sealed record SampleChecklistItem(string Code, string Level, string Text);
