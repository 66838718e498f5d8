using Fluid;

namespace PlanReports.Reports;

/// <summary>A parsed template with the source it came from, kept so errors can point at a line.</summary>
internal sealed record ParsedTemplate(string Report, string ShownPath, string Source, IFluidTemplate Template);
