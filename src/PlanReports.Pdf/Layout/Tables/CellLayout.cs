using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Tables;

/// <summary>One cell of a laid-out row: its content, the columns it covers, its shading and its TH/TD element.</summary>
internal sealed record CellLayout(LayoutElement Content, int Column, int Span, Colour? Shading, StructNode? Node);
