using System.Globalization;

namespace PlanReports.Sample;

/// <summary>The parsed form of <see cref="EnglandGeography"/> and <see cref="EnglandCouncils"/>.</summary>
internal sealed record GeographySpec(IReadOnlyList<GeographySpec.ShaClusterSpec> ShaClusters, IReadOnlyList<GeographySpec.CouncilSpec> Councils)
{
    private readonly Dictionary<string, CouncilSpec> councilsByPlace = Councils.ToDictionary(c => c.Place, StringComparer.Ordinal);

    public CouncilSpec Council(string place) =>
        councilsByPlace.TryGetValue(place, out var council) ? council : throw new InvalidOperationException($"unknown council '{place}'");

    public static GeographySpec Parse(string geography, string councils)
    {
        var councilSpecs = Lines(councils).Select(line =>
        {
            var f = line.Split('|');
            return new CouncilSpec(f[0], f[1], f[2], f[3], int.Parse(f[4], CultureInfo.InvariantCulture));
        }).ToList();

        // Specs are built in place as the lines arrive, so the lists are concrete lists behind read-only views.
        var shaClusters = new List<ShaClusterSpec>();
        foreach (var line in Lines(geography))
        {
            var f = line.Split('|');
            switch (f[0])
            {
                case "SC":
                    shaClusters.Add(new ShaClusterSpec(f[1], f[2], f[3], f[4], new List<string>(), new List<ShaSpec>()));
                    break;
                case "LAT":
                    ((List<string>)shaClusters[^1].LocalAreaTeams).Add(f[1]);
                    break;
                case "SHA":
                    ((List<ShaSpec>)shaClusters[^1].Shas).Add(new ShaSpec(f[1], f[2], new List<ClusterSpec>()));
                    break;
                case "CL":
                    ((List<ClusterSpec>)shaClusters[^1].Shas[^1].Clusters).Add(new ClusterSpec(f[1], f[2], new List<PctSpec>()));
                    break;
                case "PCT":
                    var places = f[2].Split(',', StringSplitOptions.TrimEntries);
                    ((List<PctSpec>)shaClusters[^1].Shas[^1].Clusters[^1].Pcts).Add(new PctSpec(f[1], places, Ccgs(f[1], f[3], places)));
                    break;
                default:
                    throw new FormatException($"geography line of unknown kind: {line}");
            }
        }
        return new GeographySpec(shaClusters, councilSpecs);
    }

    private static IReadOnlyList<CcgSpec> Ccgs(string pct, string text, IReadOnlyList<string> places)
    {
        if (text.Length == 0)
        {
            return [new CcgSpec(pct, places)];
        }
        if (text == "-")
        {
            return [];
        }
        return text.Split(';', StringSplitOptions.TrimEntries).Select(entry =>
        {
            var open = entry.IndexOf('[', StringComparison.Ordinal);
            return open < 0
                ? new CcgSpec(entry, places)
                : new CcgSpec(entry[..open].Trim(), entry[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries));
        }).ToList();
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public sealed record ShaClusterSpec(string Name, string Code, string PdtLead, string PdtEmail, IReadOnlyList<string> LocalAreaTeams, IReadOnlyList<ShaSpec> Shas);

    public sealed record ShaSpec(string Code, string Name, IReadOnlyList<ClusterSpec> Clusters);

    public sealed record ClusterSpec(string Name, string LocalAreaTeam, IReadOnlyList<PctSpec> Pcts);

    public sealed record PctSpec(string Place, IReadOnlyList<string> Councils, IReadOnlyList<CcgSpec> Ccgs);

    public sealed record CcgSpec(string Name, IReadOnlyList<string> Councils);

    public sealed record CouncilSpec(string Place, string Formal, string Town, string PostcodeArea, int PopulationThousands);
}
