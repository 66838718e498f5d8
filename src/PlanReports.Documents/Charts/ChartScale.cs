namespace PlanReports.Documents.Charts;

/// <summary>
/// A value axis on round numbers: ends and ticks are multiples of a step of 1, 2 or 5 times a power of ten
/// (Heckbert's "nice numbers"), so a reader never has to interpolate between 13.7 and 27.4.
/// </summary>
/// <param name="Minimum">The axis start, a multiple of <paramref name="Step"/>.</param>
/// <param name="Maximum">The axis end, a multiple of <paramref name="Step"/>.</param>
/// <param name="Step">The distance between ticks.</param>
public sealed record ChartScale(double Minimum, double Maximum, double Step)
{
    /// <summary>Decimal places the ticks need: none for a step of 5, one for 0.5.</summary>
    public int Decimals => Step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(Step) - 1e-9);

    /// <summary>The tick values from <see cref="Minimum"/> to <see cref="Maximum"/>, rounded to the step's decimals.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Maximum - Minimum) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Math.Round(Minimum + (i * Step), Decimals + 2)).ToList();
        }
    }

    /// <summary>Where <paramref name="value"/> lies along the axis, 0 at the start and 1 at the end.</summary>
    public double Fraction(double value) => (value - Minimum) / (Maximum - Minimum);

    /// <summary>
    /// A scale covering <paramref name="low"/> to <paramref name="high"/> with at most <paramref name="maximumTicks"/>
    /// ticks and a step of at least <paramref name="minimumStep"/> (1 for whole numbers, so a count never reads 0.5).
    /// Since every step divides 100, a percentage axis never runs past 100% unless the data does.
    /// </summary>
    public static ChartScale Nice(double low, double high, int maximumTicks = 6, double minimumStep = 0)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentException($"A chart axis needs finite ends, not {low} to {high}.");
        }

        if (high < low)
        {
            (low, high) = (high, low);
        }

        if (high == low)
        {
            // One value: show it in the middle of a unit range rather than on a zero-height axis.
            var pad = low == 0 ? 1 : Math.Abs(low) / 10;
            low -= low >= 0 && low - pad < 0 ? low : pad;
            high += pad;
        }

        var ticks = Math.Max(2, maximumTicks);
        var step = NiceNumber(NiceNumber(high - low, round: false) / (ticks - 1), round: true);
        step = Math.Max(step, minimumStep);
        var minimum = Math.Floor((low / step) + 1e-9) * step;
        var maximum = Math.Ceiling((high / step) - 1e-9) * step;
        while (Math.Round((maximum - minimum) / step) + 1 > ticks)
        {
            // Rounding both ends outwards can add a tick too many; widen the step instead.
            step = NiceNumber(step * 1.5, round: false);
            minimum = Math.Floor((low / step) + 1e-9) * step;
            maximum = Math.Ceiling((high / step) - 1e-9) * step;
        }

        return new ChartScale(minimum, maximum, step);
    }

    /// <summary>The round number (1, 2, 5 or 10 times a power of ten) nearest to, or not below, <paramref name="value"/>.</summary>
    internal static double NiceNumber(double value, bool round)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var power = Math.Pow(10, exponent);
        var fraction = value / power;
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
