namespace PlanReports.Reference;

/// <summary>Reads <c>planning-rules-2012-13.yaml</c>; every example must be quoted from the rule's own words.</summary>
internal static class PlanningRulesReader
{
    public static PlanningRules Read(YamlMap root)
    {
        var qipp = root.RequiredMap("qipp_programmes", "QIPP programme rule", map =>
        {
            var minimum = map.RequiredInt("minimum_programmes");
            var maximum = map.RequiredInt("maximum_programmes");
            if (minimum > maximum)
            {
                throw map.Error($"minimum_programmes ({minimum}) must not exceed maximum_programmes ({maximum})");
            }

            return new QippProgrammeRule(minimum, maximum, map.RequiredDecimal("savings_share_above_percent"), map.RequiredString("programmes_quote"), map.RequiredString("savings_quote"));
        });

        var wording = root.RequiredMap("milestone_wording", "milestone wording rule", map =>
        {
            var quote = map.RequiredString("quote");
            var acceptable = map.RequiredStrings("acceptable_examples");
            var avoid = map.RequiredStrings("avoid_examples");
            foreach (var example in acceptable.Concat(avoid).Where(example => !quote.Contains(example, StringComparison.Ordinal)))
            {
                throw map.Error($"example '{example}' must be quoted from the rule's own words");
            }

            return new MilestoneWordingRule(quote, acceptable, avoid);
        });

        var progress = root.RequiredMap("milestone_progress", "milestone progress rule", map =>
        {
            var day = map.RequiredInt("day_of_month");
            if (day is < 1 or > 28)
            {
                throw map.Error($"day_of_month must fall in every month (1 to 28), not {day}");
            }

            return new MilestoneProgressRule(day, map.RequiredString("quote"));
        });

        return new PlanningRules(qipp, wording, progress);
    }
}
