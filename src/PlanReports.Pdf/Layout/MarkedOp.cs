namespace PlanReports.Pdf.Layout;

/// <summary>A drawn op with its marking: the marked-content id of its structure element, or an artifact kind.</summary>
internal readonly record struct MarkedOp(DrawOp Op, StructNode? Node, int Mcid, ArtifactKind Artifact);
