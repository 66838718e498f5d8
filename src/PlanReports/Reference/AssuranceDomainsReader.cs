namespace PlanReports.Reference;

/// <summary>Reads <c>assurance-domains.yaml</c>.</summary>
internal static class AssuranceDomainsReader
{
    public static (IReadOnlyList<AssurancePartDefinition> Parts, IReadOnlyList<AssuranceDomain> Domains) Read(YamlMap root)
    {
        var partKeys = new UniqueKeys("template part");
        var parts = root.RequiredList("parts", "template part", map =>
        {
            var part = map.RequiredEnum<AssurancePart>("part");
            partKeys.Add(YamlEnum.Name(part), map);
            return new AssurancePartDefinition(part, map.RequiredString("heading"), map.RequiredEnum<SubmissionScope>("required_in"), map.OptionalString("note"));
        });

        var codes = new UniqueKeys("assurance domain code");
        var orders = new UniqueKeys("assurance domain order");
        var domains = root.RequiredList("domains", "assurance domain", map =>
        {
            var code = map.RequiredString("code");
            codes.Add(code, map);
            var order = map.RequiredInt("order");
            orders.Add(order.ToString(System.Globalization.CultureInfo.InvariantCulture), map);
            var required = map.EnumList<AssurancePart>("required_parts");
            foreach (var part in required.Where(part => !partKeys.Contains(YamlEnum.Name(part))))
            {
                throw map.Error($"domain '{code}' requires the part '{YamlEnum.Name(part)}', which is not defined under parts");
            }

            return new AssuranceDomain(order, code, map.RequiredString("name"), map.OptionalString("group"), map.RequiredString("template_row_label"), required);
        });

        return (parts, domains.OrderBy(domain => domain.Order).ToList());
    }
}
