namespace PlanReports.Reference;

/// <summary>Reads <c>seed-organisations.yaml</c>.</summary>
internal static class SeedOrganisationsReader
{
    public static SeedOrganisations Read(YamlMap root)
    {
        var codes = new UniqueKeys("organisation code");
        var shaClusters = root.RequiredList("sha_clusters", "SHA cluster", map =>
        {
            var code = map.RequiredString("code");
            codes.Add(code, map);
            return new SeedShaCluster(code, map.RequiredString("name"), map.RequiredString("pdt_lead"), map.RequiredString("pdt_lead_email"), map.RequiredInt("local_area_teams"));
        });

        var pctClusters = root.RequiredList("pct_clusters", "PCT cluster", map =>
        {
            var code = map.RequiredString("code");
            codes.Add(code, map);
            var sha = map.RequiredString("sha_cluster");
            if (shaClusters.All(cluster => cluster.Code != sha))
            {
                throw map.Error($"PCT cluster '{code}' names the SHA cluster '{sha}', which sha_clusters does not define");
            }

            var ccgs = map.RequiredList("ccgs", "CCG", ccg =>
            {
                var ccgCode = ccg.RequiredString("code");
                codes.Add(ccgCode, ccg);
                return new SeedCcg(ccgCode, ccg.RequiredString("name"), ccg.RequiredInt("authorisation_wave"), ccg.RequiredString("authorisation_application"));
            });
            return new SeedPctCluster(
                code,
                map.RequiredString("name"),
                sha,
                ccgs,
                map.RequiredString("commissioning_support"),
                map.RequiredStrings("health_and_wellbeing_boards"),
                map.RequiredString("public_health_transition_rating"));
        });

        var areaNames = new UniqueKeys("area");
        var areas = root.RequiredList("south_of_england_areas", "area", map =>
        {
            var area = ReadArea(map);
            areaNames.Add(area.Name, map);
            return area;
        });

        return new SeedOrganisations(shaClusters, root.RequiredInt("local_area_teams_total"), pctClusters, areas, root.RequiredMap("south_of_england_total", "area total", ReadArea));
    }

    private static SeedArea ReadArea(YamlMap map) =>
        new(map.RequiredString("name"), map.RequiredInt("population_thousands"), map.RequiredInt("ccgs"), map.RequiredInt("health_and_wellbeing_boards"));
}
