using System.Globalization;
using Fluid;
using Fluid.Values;
using PlanReports.Components;

namespace PlanReports.Reports;

/// <summary>
/// The Liquid filters report templates may use, beyond Liquid's standard ones:
/// <c>uk_date</c> ("4 May 2012"; <c>uk_date: "weekday"</c> adds the day), <c>money</c> ("£1,234,000";
/// <c>money: "m"</c> gives "£1.2m"), <c>number</c> (<c>number: 1</c> for one decimal place), <c>percent</c>
/// (percentage points, <c>percent: 0</c> for none), <c>rag_label</c> ("amber" → "Amber") and <c>anchor</c>
/// ("C51-8" → "c51-8": an id for <c>{#…}</c> and <c>(#…)</c>, the same for the heading and its link).
/// Bad input is an error naming the filter, never a silently blank value.
/// </summary>
internal static class ReportFilters
{
    public static void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("uk_date", UkDate);
        options.Filters.AddFilter("money", Money);
        options.Filters.AddFilter("number", Number);
        options.Filters.AddFilter("percent", Percent);
        options.Filters.AddFilter("rag_label", RagLabel);
        options.Filters.AddFilter("anchor", Anchor);
    }

    // Data is escaped for Markdown on output, which would turn "c51-8" into "c51\-8", not a valid id. A slug holds
    // only lowercase letters, digits and hyphens, which need no escaping, so it is written as it is.
    private static ValueTask<FluidValue> Anchor(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(FileStem.Slug(input.ToStringValue()), encode: false));

    private static ValueTask<FluidValue> UkDate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var date = input.ToObjectValue() switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
            string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            var other => throw new TemplateFilterException("uk_date", $"needs a date (or text yyyy-mm-dd), not '{other}'"),
        };
        var style = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "plain";
        return style switch
        {
            "plain" => Text(UkFormat.Date(date)),
            "weekday" => Text(UkFormat.DateWithWeekday(date)),
            _ => throw new TemplateFilterException("uk_date", $"style '{style}' is unknown; use uk_date or uk_date: \"weekday\""),
        };
    }

    private static ValueTask<FluidValue> Money(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var amount = NumberOf("money", input);
        var style = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "full";
        return style switch
        {
            "full" => Text(UkFormat.Money(amount)),
            "m" => Text(UkFormat.MoneyMillions(amount)),
            _ => throw new TemplateFilterException("money", $"style '{style}' is unknown; use money or money: \"m\""),
        };
    }

    private static ValueTask<FluidValue> Number(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Text(UkFormat.Number(NumberOf("number", input), Decimals("number", arguments, 0)));

    private static ValueTask<FluidValue> Percent(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Text(UkFormat.Percent(NumberOf("percent", input), Decimals("percent", arguments, 1)));

    private static ValueTask<FluidValue> RagLabel(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var key = input.ToStringValue();
        return RagRating.IsKnown(key)
            ? Text(RagRating.Label(key))
            : throw new TemplateFilterException("rag_label", $"'{key}' is not a RAG rating; expected red, amber or green");
    }

    private static decimal NumberOf(string filter, FluidValue input) => input.Type == FluidValues.Number
        ? input.ToNumberValue()
        : throw new TemplateFilterException(filter, $"needs a number, not '{input.ToStringValue()}'");

    private static int Decimals(string filter, FilterArguments arguments, int fallback)
    {
        if (arguments.Count == 0)
        {
            return fallback;
        }

        var n = arguments.At(0).ToNumberValue();
        return n is >= 0 and <= 6 && n == Math.Floor(n)
            ? (int)n
            : throw new TemplateFilterException(filter, $"decimal places must be a whole number from 0 to 6, not {n}");
    }

    private static ValueTask<FluidValue> Text(string s) => new(new StringValue(s));
}
