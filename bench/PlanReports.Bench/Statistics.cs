namespace PlanReports.Bench;

/// <summary>Medians: robust to the odd slow run caused by other processes on a shared machine.</summary>
internal static class Statistics
{
    internal static double Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
