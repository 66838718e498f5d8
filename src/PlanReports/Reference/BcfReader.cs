namespace PlanReports.Reference;

/// <summary>
/// Reads the four <c>bcf-*.yaml</c> files into one <see cref="BetterCareFund"/>; the payment table may only name
/// conditions and metrics the other files define.
/// </summary>
internal static class BcfReader
{
    /// <summary>The code the payment table uses for "the local metric" each area chooses.</summary>
    public const string LocalMetricCode = "local";

    public static IReadOnlyList<BcfNationalCondition> ReadConditions(YamlMap root)
    {
        var codes = new UniqueKeys("national condition code");
        var numbers = new UniqueKeys("national condition number");
        return root.RequiredList("national_conditions", "national condition", map =>
        {
            var code = map.RequiredString("code");
            codes.Add(code, map);
            var number = map.RequiredInt("number");
            numbers.Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture), map);
            return new BcfNationalCondition(number, code, map.RequiredString("condition"), TextItemReader.List(map, "definition", required: true));
        });
    }

    public static (IReadOnlyList<BcfNationalMetric> National, string LocalIntroduction, IReadOnlyList<BcfLocalMetricOption> Menu, string AlternativeRule, IReadOnlyList<string> Criteria)
        ReadMetrics(YamlMap root)
    {
        var codes = new UniqueKeys("national metric code");
        var national = root.RequiredList("national_metrics", "national metric", map =>
        {
            var code = map.RequiredString("code");
            if (code == LocalMetricCode)
            {
                throw map.Error($"'{LocalMetricCode}' is reserved for the locally chosen metric");
            }

            codes.Add(code, map);
            return new BcfNationalMetric(
                code,
                map.RequiredString("name"),
                map.RequiredString("measures_heading"),
                map.RequiredString("measures_name"),
                map.RequiredString("april_2015_payment_period"),
                map.RequiredString("october_2015_payment_period"),
                map.RequiredEnum<Polarity>("polarity"));
        });

        var menu = root.RequiredList("local_metric_menu", "local metric option", map =>
        {
            var code = map.RequiredString("code");
            if (code == LocalMetricCode)
            {
                throw map.Error($"'{LocalMetricCode}' is reserved for the locally chosen metric");
            }

            // Menu codes share one key space with the national metrics: the store keeps both in one table.
            codes.Add(code, map);
            return new BcfLocalMetricOption(code, map.RequiredString("framework"), map.RequiredString("reference"), map.RequiredString("name"), map.RequiredEnum<Polarity>("polarity"));
        });

        return (national, root.RequiredString("local_metric_introduction"), menu, root.RequiredString("local_alternative_rule"), root.RequiredStrings("local_alternative_criteria"));
    }

    public static BcfPaymentForPerformance ReadPayment(YamlMap root, IReadOnlySet<string> conditionCodes, IReadOnlySet<string> metricCodes)
    {
        var tranches = root.RequiredList("tranches", "payment tranche", map =>
        {
            var conditions = map.OptionalStrings("condition_codes");
            foreach (var code in conditions.Where(code => !conditionCodes.Contains(code)))
            {
                throw map.Error($"payment tranche names the national condition '{code}', which bcf-national-conditions.yaml does not define");
            }

            var metrics = map.OptionalStrings("metric_codes");
            foreach (var code in metrics.Where(code => code != LocalMetricCode && !metricCodes.Contains(code)))
            {
                throw map.Error($"payment tranche names the metric '{code}', which bcf-metrics.yaml does not define");
            }

            return new BcfPaymentTranche(
                map.RequiredString("when"),
                map.RequiredString("amount_as_stated"),
                map.RequiredDecimal("amount_millions"),
                map.RequiredString("paid_for"),
                map.OptionalStrings("paid_for_items"),
                conditions,
                metrics);
        });

        var rules = root.RequiredList("ambition_rules", "ambition rule", map =>
            new BcfAmbitionRule(map.RequiredInt("paragraph"), map.RequiredDecimal("threshold_percent"), map.RequiredString("quote")));

        return new BcfPaymentForPerformance(root.RequiredString("summary"), tranches, root.RequiredString("metric_weighting"), rules);
    }

    public static (IReadOnlyList<BcfFundingLine> Funding, string MinimumPoolRule) ReadFunding(YamlMap root) =>
        (root.RequiredList("funding", "funding line", ReadFundingLine), root.RequiredString("minimum_pool_rule"));

    private static BcfFundingLine ReadFundingLine(YamlMap map) =>
        new(map.RequiredString("year"), map.RequiredString("text"), map.RequiredDecimal("amount_millions"), map.OptionalList("components", "funding line", ReadFundingLine));
}
