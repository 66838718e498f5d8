using Dapper;

namespace PlanReports.Validation.Rules;

/// <summary>Seed 003 Annex I ¶31: a BCF plan addresses all six national conditions, each with a status and an explanation.</summary>
internal sealed class BcfConditionsRule : IValidationRule
{
    public string Id => "bcf-conditions";

    public string Description => "every BCF plan addresses each national condition with a status and explanation (seed 003 Annex I)";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var conditions = context.Connection.Query<(string Code, string Name)>("SELECT code, name FROM bcf_condition ORDER BY position").ToList();
        var addressed = context.Connection
            .Query<(string Hwb, string Condition)>("SELECT hwb_code, condition_code FROM bcf_condition_status WHERE trim(explanation) <> ''")
            .ToHashSet();
        foreach (var plan in context.Connection.Query<(string Hwb, string Submission)>("SELECT hwb_code, submission_code FROM bcf_plan ORDER BY hwb_code"))
        {
            var missing = conditions.Where(c => !addressed.Contains((plan.Hwb, c.Code))).Select(c => $"'{c.Name}'").ToList();
            if (missing.Count > 0)
            {
                yield return new Finding(Id, Severity.Error, plan.Hwb, plan.Submission,
                    $"{missing.Count} of {conditions.Count} national conditions not addressed: {ValidationText.List(missing)}");
            }
        }
    }
}
