namespace PlanReports.Sample;

/// <summary>
/// The RAG ratings given to each PCT cluster per submission and domain, kept so that decisions summarise exactly
/// the ratings written. A cluster's overall RAG is its "Overarching assurance" rating, which is itself derived
/// from the other twelve: red with two or more reds, green with no red and at least eight greens, else amber.
/// </summary>
internal sealed class RatingBook
{
    private readonly Dictionary<(string Submission, string Cluster, string Domain), string> ratings = [];

    private readonly Dictionary<(string Cluster, string Domain), (string Risk, string Mitigation)> aprilRisks = [];

    public void SetRisk(string cluster, string domain, string risk, string mitigation) => aprilRisks[(cluster, domain)] = (risk, mitigation);

    /// <summary>The key risk and mitigation written for a domain in April, if any.</summary>
    public (string Risk, string Mitigation)? Risk(string cluster, string domain) =>
        aprilRisks.TryGetValue((cluster, domain), out var pair) ? pair : null;

    public void Set(string submission, string cluster, string domain, string rag) => ratings[(submission, cluster, domain)] = rag;

    public string Rag(string submission, string cluster, string domain) => ratings[(submission, cluster, domain)];

    public static string Overarching(IEnumerable<string> others)
    {
        var list = others.ToList();
        var reds = list.Count(r => r == "red");
        var greens = list.Count(r => r == "green");
        return reds >= 2 ? "red" : reds == 0 && greens >= 8 ? "green" : "amber";
    }
}
