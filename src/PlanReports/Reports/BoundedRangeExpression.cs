using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace PlanReports.Reports;

/// <summary>
/// A Liquid range <c>(a..b)</c> that refuses to exist when it is longer than <see cref="MaxLength"/> numbers. Fluid
/// builds a range's whole array before its loop counts a single step, so <c>(1..999999999)</c> would allocate
/// gigabytes and hang the run long before <see cref="TemplateEngine.MaxSteps"/> could stop it; this checks the
/// length first. Bounds are read as Fluid reads them (a number, or text that reads as one).
/// </summary>
internal sealed class BoundedRangeExpression(Expression from, Expression to) : Expression
{
    /// <summary>The longest range a template may make: far more than any document loops over (none uses a range today).</summary>
    public const int MaxLength = 10_000;

    public Expression From { get; } = from;

    public Expression To { get; } = to;

    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var start = (await From.EvaluateAsync(context)).ToNumberValue();
        var end = (await To.EvaluateAsync(context)).ToNumberValue();
        var length = end < start ? 0m : decimal.Truncate(end) - decimal.Truncate(start) + 1;
        if (length > MaxLength)
        {
            throw new TemplateRangeException(string.Create(CultureInfo.InvariantCulture,
                $"the range ({start:0.##}..{end:0.##}) has {length:N0} numbers; a template may loop over at most {MaxLength:N0}"));
        }

        var first = (int)decimal.Truncate(start);
        var values = new FluidValue[(int)length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = NumberValue.Create(first + i);
        }

        return new ArrayValue(values);
    }
}
