using System.Globalization;

namespace PlanReports.Sample;

/// <summary>Plausible postal addresses: a building, a numbered street, the town, and a postcode in the town's area.</summary>
internal static class AddressMaker
{
    private static readonly IReadOnlyList<string> Streets =
    [
        "Station Road", "High Street", "Church Street", "Market Place", "Victoria Road", "Park Road", "London Road",
        "Queen Street", "King Street", "Mill Lane", "Bridge Street", "Castle Street", "Riverside Way", "Albion Street",
        "Chapel Street", "Priory Road", "Bank Street", "Grange Road", "Springfield Road", "Westgate",
    ];

    private static readonly IReadOnlyList<string> NhsBuildings =
    [
        "Riverside House", "Sovereign House", "Wharf House", "Arden House", "Kingsway House", "Oak House",
        "Trust Headquarters", "Alexandra House", "Lakeside House", "Bridgewater House", "Heron House", "Quayside House",
        "Millennium House", "St James House", "Pioneer House", "Cedar Court",
    ];

    // Postcode units avoid C, I, K, M, O and V in the last two letters, as Royal Mail does.
    private const string UnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static (string Address, string Postcode) Nhs(SampleRandom random, string town, string postcodeArea) =>
        Make(random, random.Pick(NhsBuildings), town, postcodeArea);

    public static (string Address, string Postcode) Make(SampleRandom random, string building, string town, string postcodeArea)
    {
        var street = $"{random.Between(1, 120).ToString(CultureInfo.InvariantCulture)} {random.Pick(Streets)}";
        var postcode = string.Create(CultureInfo.InvariantCulture,
            $"{postcodeArea}{random.Between(1, 19)} {random.Between(1, 9)}{UnitLetters[random.Next(UnitLetters.Length)]}{UnitLetters[random.Next(UnitLetters.Length)]}");
        return ($"{building}\n{street}\n{town}", postcode);
    }
}
