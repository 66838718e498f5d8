namespace PlanReports.Reference;

/// <summary>Reads <c>indicators.yaml</c>.</summary>
internal static class IndicatorsReader
{
    public static (IReadOnlyList<OutcomesFrameworkDomain> Domains, IReadOnlyList<Indicator> Indicators) Read(YamlMap root)
    {
        var domainNumbers = new UniqueKeys("Outcomes Framework domain");
        var domains = root.RequiredList("outcomes_framework_domains", "Outcomes Framework domain", map =>
        {
            var number = map.RequiredInt("number");
            domainNumbers.Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture), map);
            return new OutcomesFrameworkDomain(number, map.RequiredString("name"));
        });

        var codes = new UniqueKeys("indicator code");
        var indicators = root.RequiredList("indicators", "indicator", map =>
        {
            var code = map.RequiredString("code");
            codes.Add(code, map);
            var domain = map.OptionalInt("outcomes_framework_domain");
            if (domain is { } number && !domainNumbers.Contains(number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                throw map.Error($"indicator '{code}' names Outcomes Framework domain {number}, which is not listed under outcomes_framework_domains");
            }

            return new Indicator(
                code,
                map.RequiredString("name"),
                map.RequiredEnum<IndicatorGroup>("group"),
                map.OptionalString("theme"),
                domain,
                map.RequiredBool("public_health"),
                map.RequiredEnum<IndicatorUnit>("unit"),
                map.RequiredEnum<Polarity>("polarity"),
                map.RequiredEnum<IndicatorFrequency>("frequency"),
                map.OptionalString("data_source"),
                map.OptionalList("standards", "national standard", ReadStandard));
        });

        return (domains, indicators);
    }

    private static NationalStandard ReadStandard(YamlMap map)
    {
        var threshold = map.OptionalDecimal("threshold_percent");
        var comparison = map.OptionalEnum<StandardComparison>("comparison");
        if (threshold is null != comparison is null)
        {
            throw map.Error("a national standard gives threshold_percent and comparison together, or neither");
        }

        return new NationalStandard(map.RequiredString("quote"), map.RequiredString("paragraph"), map.OptionalString("measure"), threshold, comparison);
    }
}
