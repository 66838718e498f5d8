namespace PlanReports.Documents.Charts;

/// <summary>The width in points of <paramref name="text"/> at <paramref name="size"/> points, regular or bold.</summary>
public delegate double TextMeasure(string text, double size, bool bold);
