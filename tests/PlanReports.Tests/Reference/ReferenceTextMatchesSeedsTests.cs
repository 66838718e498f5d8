using PlanReports.Reference;

namespace PlanReports.Tests.Reference;

/// <summary>
/// Every word-for-word string in data/reference occurs in its seed, once line breaks, page furniture, bullet
/// glyphs and HTML/Markdown marks are normalised away. A reworded, retyped or truncated string fails here, so the
/// YAML cannot drift from the seeds.
/// </summary>
public sealed class ReferenceTextMatchesSeedsTests : IClassFixture<ReferenceDataFixture>
{
    private const string Planning2012 = "000_f26d820336565d5e.txt";
    private const string OperatingFramework = "001_65e114ba104469e0.txt";
    private const string EveryoneCounts = "003_f1ee6f075f639a35.txt";
    private const string KentAndMedway = "004_6985495dec27986f.txt";

    /// <summary>
    /// Strings the PDF extraction does not keep contiguous in the seed named for them, with where else they are
    /// whole, or null where the seed has them only as a table cell split across lines. Each entry is checked to
    /// still be needed, so this list cannot hide drift.
    /// </summary>
    private static readonly Dictionary<string, (string? AlternativeSeed, string Reason)> Exceptions = new(StringComparer.Ordinal)
    {
        ["Long term condition measures (Proportion of people feeling supported to manage their condition; Unplanned hospitalisation for chronic ambulatory care sensitive conditions (adults); Unplanned hospitalisation for asthma, diabetes and epilepsy in under 19s)"] =
            (Planning2012, "001's extraction splits the word \"chronic\" across a page; 000 Annex 1 has the same name whole"),
        ["Enabling infrastructure"] =
            (null, "000 Annex 6 sets the title in a table cell that a page break splits: \"Enabling\" … footer … \"infrastructure\""),
        ["Workforce template & HV modified MDS template"] =
            (null, "000 §2 sets the format in a table cell whose lines the extraction interleaves with the next column"),
    };

    private static readonly Lazy<Dictionary<string, SeedText>> Seeds = new(() =>
        new[] { Planning2012, OperatingFramework, EveryoneCounts, KentAndMedway }.ToDictionary(name => name, SeedText.Load));

    private readonly ReferenceData data;

    public ReferenceTextMatchesSeedsTests(ReferenceDataFixture fixture)
    {
        data = fixture.Data;
    }

    [Fact]
    public void Every_word_for_word_string_occurs_in_its_seed()
    {
        var quotes = QuotedStrings().ToList();
        var missing = quotes
            .Where(quote => !Exceptions.ContainsKey(quote.Text))
            .Where(quote => !Seeds.Value[quote.Seed].Contains(quote.Text))
            .Select(quote => $"{quote.Where} ({quote.Seed}): {quote.Text}")
            .ToList();

        Assert.True(missing.Count == 0, "Not found in the seed:\n" + string.Join('\n', missing));
        Assert.True(quotes.Count > 500, $"expected the whole reference set to be checked, got {quotes.Count} strings");
    }

    [Fact]
    public void Every_exception_is_still_needed_and_holds_where_it_says()
    {
        var quoted = QuotedStrings().ToLookup(quote => quote.Text, quote => quote.Seed);
        foreach (var (text, (alternative, reason)) in Exceptions)
        {
            Assert.True(quoted.Contains(text), $"exception no longer used by the reference data: {text}");
            Assert.All(quoted[text], seed => Assert.False(Seeds.Value[seed].Contains(text), $"exception not needed, {seed} now has it whole: {text} ({reason})"));
            if (alternative is not null)
            {
                Assert.True(Seeds.Value[alternative].Contains(text), $"{alternative} does not have it either: {text}");
            }
        }
    }

    [Fact]
    public void Every_indicator_with_a_standard_quotes_it_from_seed_001()
    {
        var standards = data.Indicators.SelectMany(indicator => indicator.Standards.Select(standard => (indicator.Code, standard))).ToList();
        Assert.NotEmpty(standards);
        Assert.All(standards, item => Assert.True(
            Seeds.Value[OperatingFramework].Contains(item.standard.Quote),
            $"{item.Code}: standard not quoted from 001: {item.standard.Quote}"));
    }

    [Fact]
    public void A_reworded_string_is_not_found_so_the_check_can_fail()
    {
        var planning = Seeds.Value[Planning2012];
        Assert.True(planning.Contains("Is there a robust engagement plan involving stakeholders, patients, public, providers of PH services, contractors and PHE?"));
        Assert.False(planning.Contains("Is there a robust engagement plan involving stakeholders, patients, the public, providers of PH services, contractors and PHE?"));
        Assert.False(Seeds.Value[OperatingFramework].Contains("Mixed sex accommodation breaches"));
    }

    [Fact]
    public void Normalising_joins_broken_lines_and_drops_page_furniture_but_keeps_punctuation()
    {
        // Annex 2 text that a running "COMMISSIONING" header splits in the extraction.
        Assert.True(Seeds.Value[Planning2012].Contains("ensuring patient anomalies are identified and corrected (e.g. ghost patients) by end March 2012"));
        Assert.Equal("a b ‘c’ d", SeedText.Normalise("a\n\n b\t\u2022 ‘c’ <p>d</p>"));
    }

    private IEnumerable<(string Seed, string Where, string Text)> QuotedStrings()
    {
        foreach (var domain in data.OutcomesFrameworkDomains)
        {
            yield return (OperatingFramework, $"Outcomes Framework domain {domain.Number}", domain.Name);
        }

        foreach (var indicator in data.Indicators)
        {
            yield return (OperatingFramework, $"indicator {indicator.Code}", indicator.Name);
            if (indicator.Theme is { } theme)
            {
                yield return (OperatingFramework, $"indicator {indicator.Code} theme", theme);
            }

            if (indicator.DataSource is { } source)
            {
                yield return (Planning2012, $"indicator {indicator.Code} data source", source);
            }

            foreach (var standard in indicator.Standards)
            {
                yield return (OperatingFramework, $"indicator {indicator.Code} standard", standard.Quote);
            }
        }

        foreach (var part in data.AssuranceParts)
        {
            yield return (Planning2012, $"template part {part.Part}", part.Heading);
            if (part.Note is { } note)
            {
                yield return (Planning2012, $"template part {part.Part} note", note);
            }
        }

        foreach (var domain in data.AssuranceDomains)
        {
            yield return (Planning2012, $"domain {domain.Code}", domain.Name);
            yield return (Planning2012, $"domain {domain.Code} row label", domain.TemplateRowLabel);
            if (domain.Group is { } group)
            {
                yield return (Planning2012, $"domain {domain.Code} group", group);
            }
        }

        foreach (var group in data.AssuranceQuestions)
        {
            yield return (Planning2012, $"Annex 3 heading {group.DomainCode}", group.Heading);
            foreach (var question in group.Questions)
            {
                var where = $"Annex 3 {group.DomainCode} question {question.Number}";
                yield return (Planning2012, where, question.Text);
                foreach (var text in Flatten(question.Items))
                {
                    yield return (Planning2012, where, text);
                }
            }
        }

        foreach (var item in data.MilestoneExpectations)
        {
            yield return (Planning2012, $"Annex 2 {item.Code}", item.Text);
            yield return (Planning2012, $"Annex 2 {item.Code} heading", item.AudienceHeading);
            yield return (Planning2012, $"Annex 2 {item.Code} quarter", item.Quarter.Label);
            if (item.Theme is { } theme)
            {
                yield return (Planning2012, $"Annex 2 {item.Code} theme", theme);
            }
        }

        foreach (var issue in data.KeyIssues)
        {
            yield return (Planning2012, $"Annex 4 {issue.Code}", issue.Title);
            foreach (var text in Flatten(issue.Paragraphs))
            {
                yield return (Planning2012, $"Annex 4 {issue.Code}", text);
            }
        }

        foreach (var line in data.WorkforceLinesOfEnquiry)
        {
            yield return (Planning2012, $"Annex 5 line {line.Number}", line.Text);
        }

        yield return (Planning2012, "Annex 6 introduction", data.PublicHealthChecklist.Introduction);
        foreach (var section in data.PublicHealthChecklist.Sections)
        {
            yield return (Planning2012, $"Annex 6 section {section.Code}", section.Title);
            foreach (var prompt in section.Prompts)
            {
                yield return (Planning2012, $"Annex 6 prompt {prompt.Code}", prompt.Text);
                foreach (var sub in prompt.SubPrompts)
                {
                    yield return (Planning2012, $"Annex 6 sub-prompt {sub.Code}", sub.Text);
                }
            }
        }

        foreach (var round in data.PlanningRounds)
        {
            var seed = round.Code == "2012-13" ? Planning2012 : EveryoneCounts;
            foreach (var entry in round.Timetable)
            {
                yield return (seed, $"round {round.Code} timetable", entry.DateAsStated);
                yield return (seed, $"round {round.Code} timetable", entry.Action);
            }

            foreach (var submission in round.Submissions)
            {
                yield return (seed, $"round {round.Code} {submission.Kind} submission", submission.Quote);
            }

            if (round.SignOff is { } signOff)
            {
                yield return (seed, $"round {round.Code} sign-off", signOff.HeldBy);
                yield return (seed, $"round {round.Code} sign-off", signOff.Quote);
                yield return (seed, $"round {round.Code} sign-off", signOff.SubmissionsTo);
            }
        }

        var rules = data.PlanningRules;
        yield return (Planning2012, "QIPP programme rule", rules.QippProgrammes.ProgrammesQuote);
        yield return (Planning2012, "QIPP savings rule", rules.QippProgrammes.SavingsQuote);
        yield return (Planning2012, "milestone wording rule", rules.MilestoneWording.Quote);
        yield return (Planning2012, "milestone progress rule", rules.MilestoneProgress.Quote);

        var fund = data.BetterCareFund;
        foreach (var condition in fund.NationalConditions)
        {
            yield return (EveryoneCounts, $"BCF condition {condition.Code}", condition.Condition);
            foreach (var text in Flatten(condition.Definition))
            {
                yield return (EveryoneCounts, $"BCF condition {condition.Code} definition", text);
            }
        }

        foreach (var metric in fund.NationalMetrics)
        {
            foreach (var text in new[] { metric.Name, metric.MeasuresHeading, metric.MeasuresName, metric.April2015PaymentPeriod, metric.October2015PaymentPeriod })
            {
                yield return (EveryoneCounts, $"BCF metric {metric.Code}", text);
            }
        }

        foreach (var option in fund.LocalMetricMenu)
        {
            yield return (EveryoneCounts, $"BCF local metric {option.Code}", option.Framework);
            yield return (EveryoneCounts, $"BCF local metric {option.Code}", $"{option.Reference} {option.Name}");
        }

        yield return (EveryoneCounts, "BCF local metric introduction", fund.LocalMetricIntroduction);
        yield return (EveryoneCounts, "BCF local alternative rule", fund.LocalAlternativeRule);
        foreach (var criterion in fund.LocalAlternativeCriteria)
        {
            yield return (EveryoneCounts, "BCF local alternative criterion", criterion);
        }

        var payment = fund.PaymentForPerformance;
        yield return (EveryoneCounts, "BCF payment summary", payment.Summary);
        yield return (EveryoneCounts, "BCF metric weighting", payment.MetricWeighting);
        foreach (var tranche in payment.Tranches)
        {
            // The table prints "April 2015" once for its two April rows, so the date is checked on its own.
            yield return (EveryoneCounts, $"BCF tranche {tranche.When}", tranche.When);
            yield return (EveryoneCounts, $"BCF tranche {tranche.When}", $"{tranche.AmountAsStated} {tranche.PaidFor}");
            foreach (var item in tranche.PaidForItems)
            {
                yield return (EveryoneCounts, $"BCF tranche {tranche.When}", item);
            }
        }

        foreach (var rule in payment.AmbitionRules)
        {
            yield return (EveryoneCounts, $"BCF ambition rule {rule.Paragraph}", $"{rule.Paragraph}. {rule.Quote}");
        }

        foreach (var line in FlattenFunding(fund.Funding))
        {
            yield return (EveryoneCounts, $"BCF funding {line.Year}", line.Text);
        }

        yield return (EveryoneCounts, "BCF minimum pool rule", fund.MinimumPoolRule);

        var organisations = data.SeedOrganisations;
        foreach (var cluster in organisations.ShaClusters)
        {
            yield return (Planning2012, $"SHA cluster {cluster.Code}", $"{cluster.Name} {cluster.PdtLead} {cluster.PdtLeadEmail}");
        }

        foreach (var cluster in organisations.PctClusters)
        {
            yield return (KentAndMedway, $"PCT cluster {cluster.Code}", cluster.Name);
            yield return (KentAndMedway, $"PCT cluster {cluster.Code}", cluster.CommissioningSupport);
            yield return (KentAndMedway, $"PCT cluster {cluster.Code}", cluster.PublicHealthTransitionRating);
            foreach (var board in cluster.HealthAndWellbeingBoards)
            {
                yield return (KentAndMedway, $"PCT cluster {cluster.Code} HWB", board);
            }

            foreach (var ccg in cluster.Ccgs)
            {
                yield return (KentAndMedway, $"CCG {ccg.Code}", ccg.Name);
                yield return (KentAndMedway, $"CCG {ccg.Code}", $"wave {ccg.AuthorisationWave} ({ccg.AuthorisationApplication})");
            }
        }

        foreach (var area in organisations.SouthOfEnglandAreas.Append(organisations.SouthOfEnglandTotal))
        {
            yield return (KentAndMedway, $"South of England area {area.Name}", $"{area.Name} {area.PopulationThousands} {area.Ccgs} {area.HealthAndWellbeingBoards}");
        }
    }

    private static IEnumerable<string> Flatten(IEnumerable<TextItem> items) =>
        items.SelectMany(item => Flatten(item.Items).Prepend(item.Label is null ? item.Text : $"{item.Label} {item.Text}"));

    private static IEnumerable<BcfFundingLine> FlattenFunding(IEnumerable<BcfFundingLine> lines) =>
        lines.SelectMany(line => FlattenFunding(line.Components).Prepend(line));
}
