using System.Collections.Frozen;
using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// Builds the organisations, links and contacts of the sample from <see cref="EnglandGeography"/> and
/// <see cref="EnglandCouncils"/>. Scale N repeats the PCT clusters, PCTs, CCGs, councils and HWBs N times under
/// the same four SHA clusters, ten SHAs and 27 local area teams; copies after the first carry a " (k)" name
/// suffix and a "-k" code suffix.
/// </summary>
internal static class EnglandBuilder
{
    private static readonly DateOnly PctAbolition = new(2013, 3, 31);

    private static readonly FrozenDictionary<string, (string Address, string Postcode)> ShaClusterAddresses = new Dictionary<string, (string Address, string Postcode)>
    {
        ["North of England"] = ("Waterfront 4\nGoldcrest Way\nNewburn Riverside\nNewcastle upon Tyne", "NE15 8NY"),
        ["Midlands & East"] = ("Victoria House\nCapital Park\nFulbourn\nCambridge", "CB21 5XB"),
        ["London"] = ("Southside\n105 Victoria Street\nLondon", "SW1E 6QT"),
        ["South of England"] = ("Rivergate House\nNewbury Business Park\nNewbury", "RG14 2PZ"),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string Town, string Area)> ShaTowns = new Dictionary<string, (string Town, string Area)>
    {
        ["North East"] = ("Newcastle upon Tyne", "NE"),
        ["North West"] = ("Manchester", "M"),
        ["Yorkshire and the Humber"] = ("Leeds", "LS"),
        ["East Midlands"] = ("Nottingham", "NG"),
        ["West Midlands"] = ("Birmingham", "B"),
        ["East of England"] = ("Cambridge", "CB"),
        ["London"] = ("London", "SW"),
        ["South East Coast"] = ("Horley", "RH"),
        ["South Central"] = ("Newbury", "RG"),
        ["South West"] = ("Taunton", "TA"),
    }.ToFrozenDictionary();

    public static SampleEngland Build(int scale, ulong seed)
    {
        var spec = GeographySpec.Parse(EnglandGeography.Text, EnglandCouncils.Text);
        var organisations = new List<SampleOrganisation>();
        var links = new List<SampleLink>();
        var people = new ContactMaker(seed);

        var dh = new SampleOrganisation("DH", "Department of Health", "dh", null,
            "Richmond House\n79 Whitehall\nLondon", "SW1A 2NS", new DateOnly(1988, 7, 25), null, 0);
        var nhsEngland = new SampleOrganisation("X24", "NHS England", "nhs-england", null,
            "Quarry House\nQuarry Hill\nLeeds", "LS2 7UE", new DateOnly(2012, 10, 1), null, 0);
        organisations.Add(dh);
        organisations.Add(nhsEngland);
        // Seed 000 names David Flory as the recipient of submissions and the holder of the sign-off meetings.
        people.AddNamed(dh, "signatory", "David Flory", "Deputy NHS Chief Executive", "Dear David", "David.flory@dh.gsi.gov.uk");
        people.Add(nhsEngland, "signatory", "Director of Commissioning Operations", "nhs.net");

        var shaClusters = new List<SampleOrganisation>();
        var shaByName = new Dictionary<string, SampleOrganisation>();
        var latByName = new Dictionary<string, SampleOrganisation>();
        var latIndex = 0;
        foreach (var sc in spec.ShaClusters)
        {
            var (address, postcode) = ShaClusterAddresses[sc.Name];
            var cluster = new SampleOrganisation(sc.Code, $"{sc.Name} SHA Cluster", "sha-cluster", dh.Code, address, postcode,
                new DateOnly(2011, 10, 3), PctAbolition, 0);
            organisations.Add(cluster);
            shaClusters.Add(cluster);
            var chief = people.Add(cluster, "chief-executive", "Chief Executive", "nhs.net");
            people.Add(cluster, "director-of-finance", "Director of Finance", "nhs.net");
            people.Add(cluster, "assurance-lead", "Director of Performance and Assurance", "nhs.net");
            // The DH Performance Delivery Team lead for this SHA cluster (seed 000), held against the cluster it covers.
            var leadFirst = sc.PdtLead.Split(' ')[0];
            people.AddNamed(cluster, "pdt-lead", sc.PdtLead, "Performance Delivery Team lead, Department of Health",
                $"Dear {leadFirst}", sc.PdtEmail);

            foreach (var lat in sc.LocalAreaTeams)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"Q{44 + latIndex++}");
                // An area team sits in the main town of the first cluster it succeeds.
                var home = spec.Council(sc.Shas.SelectMany(s => s.Clusters).First(c => c.LocalAreaTeam == lat).Pcts[0].Councils[0]);
                var (latAddress, latPostcode) = AddressMaker.Nhs(SampleRandom.For(seed, "address", code), home.Town, home.PostcodeArea);
                var team = new SampleOrganisation(code, $"NHS England {lat} Area Team", "local-area-team", nhsEngland.Code,
                    latAddress, latPostcode, new DateOnly(2013, 4, 1), null, 0);
                organisations.Add(team);
                latByName[lat] = team;
                people.Add(team, "signatory", "Area Director", "nhs.net");
            }

            foreach (var sha in sc.Shas)
            {
                var (town, area) = ShaTowns[sha.Name];
                var (shaAddress, shaPostcode) = AddressMaker.Nhs(SampleRandom.For(seed, "address", sha.Code), town, area);
                var authority = new SampleOrganisation(sha.Code, $"NHS {sha.Name}", "sha", cluster.Code, shaAddress, shaPostcode,
                    new DateOnly(2006, 7, 1), PctAbolition, 0);
                organisations.Add(authority);
                shaByName[sha.Name] = authority;
                // The SHA cluster's chief executive is chief executive of each of its SHAs.
                people.AddNamed(authority, "chief-executive", chief.Name, $"Chief Executive, {cluster.Name}", chief.Salutation, chief.Email);
            }
        }

        var pctClusters = new List<SamplePctCluster>();
        var boards = new List<SampleHealthAndWellbeingBoard>();
        for (var copy = 1; copy <= scale; copy++)
        {
            BuildCopy(copy, seed, spec, shaClusters, shaByName, latByName, organisations, links, people, pctClusters, boards);
        }

        return new SampleEngland(dh, nhsEngland, shaClusters, pctClusters, boards, organisations, links, people.Contacts);
    }

    private static void BuildCopy(
        int copy, ulong seed, GeographySpec spec, List<SampleOrganisation> shaClusters,
        Dictionary<string, SampleOrganisation> shaByName, Dictionary<string, SampleOrganisation> latByName,
        List<SampleOrganisation> organisations, List<SampleLink> links, ContactMaker people,
        List<SamplePctCluster> pctClusters, List<SampleHealthAndWellbeingBoard> boards)
    {
        var suffixCode = copy == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"-{copy}");
        var suffixName = copy == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({copy})");

        // Councils first: PCTs, CCGs and boards all refer to them.
        var councils = new Dictionary<string, SampleOrganisation>();
        var counters = new Dictionary<string, int>();
        foreach (var council in spec.Councils)
        {
            var prefix = council.Formal.Contains("County Council", StringComparison.Ordinal) ? "E10000"
                : council.Town == "London" || council.Formal.StartsWith("London Borough", StringComparison.Ordinal)
                  || council.Formal.Contains("Kensington", StringComparison.Ordinal) || council.Formal.Contains("Kingston upon Thames", StringComparison.Ordinal)
                  || council.Place == "City of London" || council.Place == "Westminster" ? "E09000" : "E06000";
            counters[prefix] = counters.GetValueOrDefault(prefix) + 1;
            var code = string.Create(CultureInfo.InvariantCulture, $"{prefix}{counters[prefix]:D3}{suffixCode}");
            var building = council.Formal.Contains("County", StringComparison.Ordinal) ? "County Hall"
                : council.Formal.Contains("City", StringComparison.Ordinal) ? "Civic Centre" : "Town Hall";
            var (address, postcode) = AddressMaker.Make(SampleRandom.For(seed, "address", code), building, council.Town, council.PostcodeArea);
            var organisation = new SampleOrganisation(code, council.Formal + suffixName, "local-authority", null, address, postcode,
                new DateOnly(2009, 4, 1), null, council.PopulationThousands);
            organisations.Add(organisation);
            councils[council.Place] = organisation;
            var domain = ContactMaker.Slug(council.Place) + ".gov.uk";
            people.Add(organisation, "chief-executive", "Chief Executive", domain);
            people.Add(organisation, "director-of-adult-social-services", "Director of Adult Social Services", domain);
            people.Add(organisation, "director-of-public-health", "Director of Public Health", domain, "Dr");
        }

        // How many PCTs share each council, so a council's population is divided between them.
        var pctsPerCouncil = spec.ShaClusters.SelectMany(s => s.Shas).SelectMany(s => s.Clusters).SelectMany(c => c.Pcts)
            .SelectMany(p => p.Councils).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        var clusterIndex = 0;
        var pctIndex = 0;
        var ccgIndex = 0;
        var ccgCouncils = new List<(SampleOrganisation Ccg, IReadOnlyList<string> Places)>();
        var clusterOfCouncil = new Dictionary<string, SamplePctCluster>();
        foreach (var sc in spec.ShaClusters)
        {
            var shaCluster = shaClusters.Single(c => c.Code == sc.Code);
            foreach (var shaSpec in sc.Shas)
            {
                var sha = shaByName[shaSpec.Name];
                foreach (var clusterSpec in shaSpec.Clusters)
                {
                    clusterIndex++;
                    var clusterCode = string.Create(CultureInfo.InvariantCulture, $"C{clusterIndex:D2}{suffixCode}");
                    var home = spec.Council(clusterSpec.Pcts[0].Councils[0]);
                    var (clusterAddress, clusterPostcode) = AddressMaker.Nhs(SampleRandom.For(seed, "address", clusterCode), home.Town, home.PostcodeArea);
                    var clusterOrg = new SampleOrganisation(clusterCode, $"{clusterSpec.Name} PCT Cluster{suffixName}", "pct-cluster", shaCluster.Code,
                        clusterAddress, clusterPostcode, new DateOnly(2011, 6, 1), PctAbolition, 0);
                    organisations.Add(clusterOrg);
                    var chief = people.Add(clusterOrg, "chief-executive", "Chief Executive", "nhs.net");
                    people.Add(clusterOrg, "director-of-finance", "Director of Finance", "nhs.net");
                    people.Add(clusterOrg, "director-of-public-health", "Director of Public Health", "nhs.net", "Dr");
                    links.Add(new SampleLink(clusterCode, sha.Code, "sha-of-cluster"));

                    var pcts = new List<SampleOrganisation>();
                    var ccgs = new List<SampleOrganisation>();
                    var clusterCouncils = new List<SampleOrganisation>();
                    foreach (var pctSpec in clusterSpec.Pcts)
                    {
                        var pctCode = string.Create(CultureInfo.InvariantCulture, $"5{(char)('A' + (pctIndex / 10))}{pctIndex % 10}{suffixCode}");
                        pctIndex++;
                        var population = pctSpec.Councils.Sum(c => spec.Council(c).PopulationThousands / pctsPerCouncil[c]);
                        var pctHome = spec.Council(pctSpec.Councils[0]);
                        var (pctAddress, pctPostcode) = AddressMaker.Nhs(SampleRandom.For(seed, "address", pctCode), pctHome.Town, pctHome.PostcodeArea);
                        var pct = new SampleOrganisation(pctCode, $"NHS {pctSpec.Place}{suffixName}", "pct", clusterCode,
                            pctAddress, pctPostcode, new DateOnly(2006, 10, 1), PctAbolition, population);
                        organisations.Add(pct);
                        pcts.Add(pct);
                        // Seed 002: the cluster chief executive is also the accountable officer for each PCT in it.
                        people.AddNamed(pct, "accountable-officer", chief.Name, $"Accountable Officer (Chief Executive, {clusterOrg.Name})",
                            chief.Salutation, chief.Email);
                        foreach (var place in pctSpec.Councils.Where(p => clusterCouncils.All(c => c.Code != councils[p].Code)))
                        {
                            clusterCouncils.Add(councils[place]);
                        }

                        foreach (var ccgSpec in pctSpec.Ccgs)
                        {
                            var ccgCode = string.Create(CultureInfo.InvariantCulture, $"0{ccgIndex / 26}{(char)('A' + (ccgIndex % 26))}{suffixCode}");
                            ccgIndex++;
                            var ccgHome = spec.Council(ccgSpec.Councils[0]);
                            var (ccgAddress, ccgPostcode) = AddressMaker.Nhs(SampleRandom.For(seed, "address", ccgCode), ccgHome.Town, ccgHome.PostcodeArea);
                            var ccgPopulation = Math.Max(1, population / pctSpec.Ccgs.Count);
                            var ccg = new SampleOrganisation(ccgCode, $"NHS {ccgSpec.Name} CCG{suffixName}", "ccg", clusterCode,
                                ccgAddress, ccgPostcode, new DateOnly(2012, 4, 1), null, ccgPopulation);
                            organisations.Add(ccg);
                            ccgs.Add(ccg);
                            ccgCouncils.Add((ccg, ccgSpec.Councils));
                            people.Add(ccg, "accountable-officer", "Chief Officer", "nhs.net");
                            people.Add(ccg, "signatory", "Clinical Chair", "nhs.net", "Dr");
                        }
                    }

                    var cluster = new SamplePctCluster(clusterOrg, shaCluster, sha, latByName[clusterSpec.LocalAreaTeam], pcts, ccgs, clusterCouncils, copy);
                    pctClusters.Add(cluster);
                    foreach (var council in clusterCouncils)
                    {
                        links.Add(new SampleLink(clusterCode, council.Code, "works-with-local-authority"));
                    }
                    foreach (var place in clusterSpec.Pcts.SelectMany(p => p.Councils))
                    {
                        // A council served by two clusters (none at scale 1) belongs, for its board, to the first.
                        clusterOfCouncil.TryAdd(place, cluster);
                    }
                }
            }
        }

        var boardIndex = 0;
        foreach (var councilSpec in spec.Councils)
        {
            boardIndex++;
            var council = councils[councilSpec.Place];
            var code = string.Create(CultureInfo.InvariantCulture, $"HWB{boardIndex:D3}{suffixCode}");
            var board = new SampleOrganisation(code, $"{councilSpec.Place} Health and Wellbeing Board{suffixName}", "hwb", council.Code,
                council.Address, council.Postcode, new DateOnly(2013, 4, 1), null, council.PopulationThousands);
            organisations.Add(board);
            var boardCcgs = ccgCouncils.Where(c => c.Places.Contains(councilSpec.Place)).Select(c => c.Ccg).ToList();
            var cluster = clusterOfCouncil[councilSpec.Place];
            boards.Add(new SampleHealthAndWellbeingBoard(board, council, boardCcgs, cluster.LocalAreaTeam, cluster));
            links.Add(new SampleLink(code, council.Code, "hwb-council"));
            foreach (var ccg in boardCcgs)
            {
                links.Add(new SampleLink(code, ccg.Code, "hwb-ccg"));
            }
            people.Add(board, "hwb-chair", $"Chair, {board.Name}", ContactMaker.Slug(councilSpec.Place) + ".gov.uk", "Cllr");
        }
    }
}
