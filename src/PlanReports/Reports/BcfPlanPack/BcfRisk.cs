namespace PlanReports.Reports.BcfPlanPack;

/// <summary>A row of the shared risk register (seed 003 Annex I paragraph 28), scored likelihood × impact.</summary>
internal sealed record BcfRisk(int Position, string Risk, int Likelihood, int Impact, string Mitigation, string OwnerName)
{
    /// <summary>Likelihood × impact, 1 to 25.</summary>
    public int Score => Likelihood * Impact;
}
