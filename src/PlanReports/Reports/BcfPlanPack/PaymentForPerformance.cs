using PlanReports.Reports.Lookups;

namespace PlanReports.Reports.BcfPlanPack;

/// <summary>
/// This area's payment-for-performance element split as the national £1bn is (seed 003 Annex I paragraph 34):
/// each tranche's share of the area's pool is in proportion to the tranche's national amount.
/// </summary>
internal sealed record PaymentForPerformance(long Pool, IReadOnlyList<PaymentShare> Shares)
{
    /// <summary>The pool as money.</summary>
    public string PoolText => DisplayFormat.Pounds(Pool);

    /// <summary>
    /// Splits <paramref name="pool"/> across the tranches in proportion to their national amounts. Shares are whole
    /// pounds; the pounds lost to rounding go to the tranches with the largest remainders (ties to the earlier
    /// tranche), so the shares always add up to the pool exactly.
    /// </summary>
    public static PaymentForPerformance Split(long pool, IReadOnlyList<PaymentTranche> tranches)
    {
        ArgumentNullException.ThrowIfNull(tranches);
        ArgumentOutOfRangeException.ThrowIfNegative(pool);
        var national = tranches.Sum(t => (decimal)t.Amount);
        if (national <= 0)
        {
            return new PaymentForPerformance(pool, []);
        }

        var exact = tranches.Select(t => pool * t.Amount / national).ToList();
        var floors = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = pool - floors.Sum();
        foreach (var i in exact.Select((e, i) => (Remainder: e - Math.Floor(e), Index: i))
                     .OrderByDescending(x => x.Remainder).ThenBy(x => x.Index).Take((int)left).Select(x => x.Index))
        {
            floors[i]++;
        }

        return new PaymentForPerformance(
            pool,
            tranches.Select((t, i) => new PaymentShare(t.Position, t.PaidWhen, t.AmountText, t.PaidFor, t.PaidForItems, floors[i])).ToList());
    }
}
