namespace PlanReports.Documents.Model;

/// <summary>A column: its relative width (shares of the table width) and default alignment.</summary>
public sealed record TableColumn(double RelativeWidth, TextAlignment Alignment = TextAlignment.Left);
