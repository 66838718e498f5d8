using System.Globalization;
using PlanReports.Reference;

namespace PlanReports.Import;

/// <summary>
/// Turns the reference data (loaded word for word from <c>data/reference/*.yaml</c>) into rows of the reference
/// tables of migration 0001, which the import then checks and writes like any other rows, replacing each table
/// whole. Planning rounds and submissions are not written here: they are sample tables (0002).
/// </summary>
internal static class ReferenceTables
{
    public static IReadOnlyList<SourceTable> From(ReferenceData data, string folder)
    {
        string File(string name) => Path.Combine(folder, name);
        return
        [
            Table("outcomes_framework_domain", File("indicators.yaml"), ["number", "name"],
                data.OutcomesFrameworkDomains.Select(d => Row(d.Number, d.Name))),
            Table("indicator", File("indicators.yaml"),
                ["code", "name", "indicator_group", "outcomes_domain", "public_health", "unit", "polarity", "standard_text", "standard_value", "frequency", "data_source", "theme", "planned_per_pct"],
                data.Indicators.Select(IndicatorRow)),
            Table("indicator_standard", File("indicators.yaml"),
                ["indicator_code", "position", "paragraph", "measure", "quote", "threshold_percent", "comparison"],
                data.Indicators.SelectMany(i => i.Standards.Select((s, n) =>
                    Row(i.Code, n + 1, s.Paragraph, s.Measure, s.Quote, s.ThresholdPercent, s.Comparison is { } c ? YamlEnum.Name(c) : null)))),
            Table("assurance_domain", File("assurance-domains.yaml"), ["code", "position", "name", "group_name", "label"],
                data.AssuranceDomains.Select(d => Row(d.Code, d.Order, d.Name, d.Group, d.TemplateRowLabel))),
            Table("assurance_question", File("assurance-questions.yaml"), ["domain_code", "number", "text"],
                data.AssuranceQuestions.SelectMany(g => g.Questions.Select(q => Row(g.DomainCode, q.Number, WithItems(q.Text, q.Items))))),
            Table("national_milestone", File("milestone-expectations.yaml"),
                ["code", "category", "text", "due_text", "due_date", "audience", "audience_heading", "theme", "quarter_label"],
                data.MilestoneExpectations.Select(NationalMilestoneRow)),
            Table("workforce_kloe", File("workforce-lines-of-enquiry.yaml"), ["code", "position", "heading", "text"],
                data.WorkforceLinesOfEnquiry.Select(k => Row(k.Number.ToString(CultureInfo.InvariantCulture), k.Number, null, k.Text))),
            Table("ph_checklist_item", File("public-health-checklist.yaml"), ["code", "parent_code", "level", "position", "text"],
                ChecklistRows(data.PublicHealthChecklist.Sections)),
            Table("timetable_event", File("planning-round-*.yaml"), ["round_code", "position", "date_text", "starts_on", "ends_on", "action"],
                data.PlanningRounds.SelectMany(r => r.Timetable.Select((e, n) => Row(r.Code, n + 1, e.DateAsStated, e.Start, e.End, e.Action)))),
            Table("bcf_condition", File("bcf-national-conditions.yaml"), ["code", "position", "name", "definition", "april_2015_payment"],
                data.BetterCareFund.NationalConditions.Select(c => Row(c.Code, c.Number, c.Condition, Paragraphs(c.Definition), PaidInApril2015(data, c.Code) ? 1 : 0))),
            Table("bcf_metric", File("bcf-metrics.yaml"),
                ["code", "kind", "name", "framework", "framework_ref", "april_2015_period", "october_2015_period", "polarity", "position"],
                data.BetterCareFund.NationalMetrics
                    .Select(m => Row(m.Code, "national", m.Name, null, null, m.April2015PaymentPeriod, m.October2015PaymentPeriod, YamlEnum.Name(m.Polarity)))
                    .Concat(data.BetterCareFund.LocalMetricMenu.Select(m => Row(m.Code, "local-menu", m.Name, m.Framework, m.Reference, null, null, YamlEnum.Name(m.Polarity))))
                    .Select((row, n) => row.Append(n + 1).ToArray())),
            Table("bcf_payment_tranche", File("bcf-payment-for-performance.yaml"), ["position", "paid_when", "amount_text", "amount_gbp", "paid_for"],
                data.BetterCareFund.PaymentForPerformance.Tranches.Select((t, n) =>
                    Row(n + 1, t.When, t.AmountAsStated, t.AmountMillions * 1_000_000m, t.PaidFor))),
            Table("bcf_payment_tranche_item", File("bcf-payment-for-performance.yaml"), ["tranche", "position", "text"],
                data.BetterCareFund.PaymentForPerformance.Tranches.SelectMany((t, n) => t.PaidForItems.Select((item, i) => Row(n + 1, i + 1, item)))),
        ];
    }

    /// <summary>
    /// The "relevant indicators" of seed 000 §3 each PCT submits a trajectory for: every indicator with a single
    /// value measured for PCTs. Excluded are measure sets (one bullet naming several measures has no single value
    /// to plan) and measures of NHS trusts or their FT pipeline, which trusts plan, not PCTs.
    /// </summary>
    public static bool PlannedPerPct(Indicator indicator) =>
        indicator.Unit != IndicatorUnit.MeasureSet
        && !indicator.Name.Contains("NHS trusts", StringComparison.Ordinal)
        && indicator.Theme != "FT pipeline";

    private static object?[] IndicatorRow(Indicator i)
    {
        var headline = i.Standards.FirstOrDefault(s => s.ThresholdPercent is not null);
        return Row(i.Code, i.Name, YamlEnum.Name(i.Group) switch { "quality" => "Quality", "resources" => "Resources", _ => "Reform" },
            i.OutcomesFrameworkDomain, i.IsPublicHealth ? 1 : 0, YamlEnum.Name(i.Unit), YamlEnum.Name(i.Polarity),
            headline?.Quote, headline?.ThresholdPercent, YamlEnum.Name(i.Frequency), i.DataSource, i.Theme, PlannedPerPct(i) ? 1 : 0);
    }

    private static object?[] NationalMilestoneRow(MilestoneExpectation e) =>
        Row(e.Code,
            e.Category switch
            {
                MilestoneCategory.Commissioning => "Commissioning",
                MilestoneCategory.HealthAndWellbeingBoards => "Health and wellbeing boards",
                _ => "Public health",
            },
            e.Text,
            e.DueAsStated ?? e.Quarter.Label,
            e.DueDate ?? e.Quarter.EndsOn,
            e.Audience switch
            {
                MilestoneAudience.ShaClusters => "sha-cluster",
                MilestoneAudience.PctClusters => "pct-cluster",
                _ => "ccg",
            },
            e.AudienceHeading,
            e.Theme,
            e.Quarter.Label);

    private static IEnumerable<object?[]> ChecklistRows(IReadOnlyList<PublicHealthChecklistSection> sections)
    {
        foreach (var (section, s) in sections.Select((x, n) => (x, n + 1)))
        {
            yield return Row(section.Code, null, "section", s, section.Title);
            foreach (var (prompt, p) in section.Prompts.Select((x, n) => (x, n + 1)))
            {
                yield return Row(prompt.Code, section.Code, "prompt", p, prompt.Text);
                foreach (var (sub, q) in prompt.SubPrompts.Select((x, n) => (x, n + 1)))
                {
                    yield return Row(sub.Code, prompt.Code, "sub-prompt", q, sub.Text);
                }
            }
        }
    }

    /// <summary>Whether any April 2015 tranche of the payment table depends on the condition.</summary>
    private static bool PaidInApril2015(ReferenceData data, string condition) =>
        data.BetterCareFund.PaymentForPerformance.Tranches.Any(t =>
            t.When.Contains("April 2015", StringComparison.Ordinal) && t.ConditionCodes.Contains(condition, StringComparer.Ordinal));

    /// <summary>A question with its lettered parts, one per line, labels kept as the seed writes them.</summary>
    private static string WithItems(string text, IReadOnlyList<TextItem> items) =>
        items.Count == 0 ? text : text + "\n" + string.Join("\n", items.Select(Item));

    private static string Item(TextItem item) =>
        WithItems(item.Label is null ? item.Text : $"{item.Label} {item.Text}", item.Items);

    /// <summary>A definition's paragraphs separated by blank lines, each followed by its items.</summary>
    private static string Paragraphs(IReadOnlyList<TextItem> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => WithItems(p.Label is null ? p.Text : $"{p.Label} {p.Text}", p.Items)));

    private static object?[] Row(params object?[] values) => values;

    private static SourceTable Table(string table, string file, string[] columns, IEnumerable<object?[]> rows) =>
        new(table, file, null, columns, rows.Select(r => new SourceRow(null, r.Select(Cell).ToArray())).ToList(), ReplacesTable: true);

    /// <summary>The text an equivalent CSV cell would hold, so reference rows pass the same checks as imported files.</summary>
    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
