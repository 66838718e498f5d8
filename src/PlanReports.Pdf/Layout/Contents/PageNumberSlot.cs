using PlanReports.Pdf.Layout.Text;

namespace PlanReports.Pdf.Layout.Contents;

/// <summary>
/// Room kept on page <paramref name="Page"/> for the number of the page <paramref name="Anchor"/> starts on, known
/// only once the whole document is laid out: the number is drawn right-aligned at <paramref name="Right"/> on
/// <paramref name="Baseline"/>, as marked content <paramref name="Mcid"/> of <paramref name="Node"/> (an artifact
/// when the node is null).
/// </summary>
internal sealed record PageNumberSlot(int Page, int Mcid, StructNode? Node, string Anchor, TextStyle Style, double Right, double Baseline);
