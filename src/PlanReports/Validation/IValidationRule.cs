namespace PlanReports.Validation;

/// <summary>One rule from the seeds; each is a small class that queries the store and yields findings.</summary>
internal interface IValidationRule
{
    /// <summary>Stable id, used in output and tests.</summary>
    string Id { get; }

    /// <summary>What the rule checks and which seed says so.</summary>
    string Description { get; }

    IEnumerable<Finding> Check(ValidationContext context);
}
