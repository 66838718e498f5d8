namespace PlanReports.Pdf.Layout;

/// <summary>One laid-out page: drawing ops in order (running header, body, running footer) and its link areas.</summary>
internal sealed record PageLayout(int Index, IReadOnlyList<MarkedOp> Ops, IReadOnlyList<LinkArea> Links);
