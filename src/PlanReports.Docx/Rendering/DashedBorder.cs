namespace PlanReports.Docx.Rendering;

/// <summary>A dashed cell border: its width in eighths of a point and its colour as six hex digits.</summary>
internal sealed record DashedBorder(uint Eighths, string Colour);
