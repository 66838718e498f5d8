using PlanReports.Documents.Model;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>Text of one style inside a paragraph; a badge draws a filled box behind its text; a break ends the line.</summary>
internal sealed record InlineSpan(string Text, TextStyle Style, LinkInfo? Link = null, Colour? BadgeFill = null, bool IsBreak = false);
