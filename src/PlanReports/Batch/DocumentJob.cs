using PlanReports.Reports;

namespace PlanReports.Batch;

/// <summary>One document to make: a report for an organisation, in some formats, at a file stem under the output folder.</summary>
internal sealed record DocumentJob(CompiledReport Report, ReportTarget Target, IReadOnlyList<string> Formats, string RelativeStem);
