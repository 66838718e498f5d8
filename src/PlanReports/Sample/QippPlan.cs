namespace PlanReports.Sample;

/// <summary>A PCT cluster's planned savings (GBP thousands) and key QIPP programmes in each submission.</summary>
internal sealed class QippPlan
{
    private readonly Dictionary<(string Submission, string Year), double> savings = [];
    private readonly Dictionary<string, List<(string Code, QippProgrammeTemplate Template, double Savings201213)>> programmes = [];

    public void SetSavings(string submission, string year, double amountK) => savings[(submission, year)] = amountK;

    public double PlannedSavings(string submission, string year) => savings[(submission, year)];

    public void AddProgramme(string submission, string code, QippProgrammeTemplate template, double savings201213)
    {
        if (!programmes.TryGetValue(submission, out var list))
        {
            programmes[submission] = list = [];
        }
        list.Add((code, template, savings201213));
    }

    public IReadOnlyList<(string Code, QippProgrammeTemplate Template, double Savings201213)> Programmes(string submission) => programmes[submission];

    public string Largest(string submission) => programmes[submission].MaxBy(p => p.Savings201213).Template.Name;
}
