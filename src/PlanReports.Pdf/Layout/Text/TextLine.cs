namespace PlanReports.Pdf.Layout.Text;

/// <summary>A broken line: fragments, the width they use, the line height and where the baseline sits below its top.</summary>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, double Height, double Baseline);
