using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>A box drawn behind a paragraph (a notice): fill, a thick left border and inner padding.</summary>
internal sealed record ParagraphBox(Colour Fill, Colour Border, double BorderWidth, double Padding);
