namespace PlanReports.Batch;

/// <summary>The run was asked for something that does not exist (an unknown report id or format): bad usage, not a failed document.</summary>
public sealed class BatchUsageException(string message) : Exception(message);
