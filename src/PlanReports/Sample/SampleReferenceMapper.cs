using System.Globalization;
using PlanReports.Reference;

namespace PlanReports.Sample;

/// <summary>
/// Takes the codes the sample refers to from the loaded reference data (data/reference/*.yaml), so the sample
/// can never name an indicator, domain, expectation, checklist item, condition or metric the store lacks.
/// </summary>
internal static class SampleReferenceMapper
{
    public static SampleReference From(ReferenceData reference)
    {
        var indicators = reference.Indicators.Select(i => new SampleIndicator(
            i.Code,
            i.Name,
            Kebab(i.Unit.ToString()),
            Kebab(i.Polarity.ToString()),
            Kebab(i.Frequency.ToString()),
            i.Standards.Select((s, position) => new SampleStandard(
                position + 1,
                s.Measure,
                s.ThresholdPercent is { } threshold ? (double)threshold : null,
                s.Comparison == StandardComparison.LessThan)).ToList(),
            // Measured for trusts or their foundation trust pipeline, not planned per PCT.
            i.Theme == "FT pipeline" || i.Name.Contains("NHS trusts", StringComparison.OrdinalIgnoreCase))).ToList();

        var domains = reference.AssuranceDomains.OrderBy(d => d.Order).Select(d => new SampleDomain(d.Code, d.Name)).ToList();

        var expectations = reference.MilestoneExpectations.Select(e => new SampleExpectation(
            e.Code,
            e.Audience switch
            {
                MilestoneAudience.ShaClusters => "sha-clusters",
                MilestoneAudience.PctClusters => "pct-clusters",
                _ => "ccgs",
            },
            Kebab(e.Category.ToString()),
            e.Theme,
            e.Text,
            // A quarter left open ("In 12/13") is due by the end of the financial year.
            string.Create(CultureInfo.InvariantCulture,
                $"{e.Quarter.FinancialYearStart}/{(e.Quarter.FinancialYearStart + 1) % 100:D2} Q{e.Quarter.Quarter ?? 4}"),
            e.DueDate ?? e.Quarter.EndsOn)).ToList();

        // The store keys a workforce KLOE by its Annex 5 number.
        var kloes = reference.WorkforceLinesOfEnquiry.OrderBy(k => k.Number)
            .Select(k => k.Number.ToString(CultureInfo.InvariantCulture)).ToList();

        var checklist = new List<SampleChecklistItem>();
        foreach (var section in reference.PublicHealthChecklist.Sections)
        {
            checklist.Add(new SampleChecklistItem(section.Code, "section", section.Title));
            foreach (var prompt in section.Prompts)
            {
                checklist.Add(new SampleChecklistItem(prompt.Code, "prompt", prompt.Text));
                checklist.AddRange(prompt.SubPrompts.Select(s => new SampleChecklistItem(s.Code, "sub-prompt", s.Text)));
            }
        }

        var bcf = reference.BetterCareFund;
        return new SampleReference(
            indicators,
            domains,
            expectations,
            kloes,
            checklist,
            bcf.NationalConditions.OrderBy(c => c.Number).Select(c => c.Code).ToList(),
            bcf.NationalMetrics.Select(m => new SampleBcfMetric(m.Code, m.Name, m.Polarity == Polarity.LowerIsBetter)).ToList(),
            bcf.LocalMetricMenu.Select(m => new SampleBcfMetric(m.Code, m.Name, m.Polarity == Polarity.LowerIsBetter)).ToList());
    }

    // "MeasureSet" -> "measure-set", "HigherIsBetter" -> "higher-is-better", as the store spells them.
    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i == 0 ? string.Empty : "-") + char.ToLowerInvariant(c) : c.ToString()));
}
