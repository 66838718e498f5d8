using PlanReports.Reference;

namespace PlanReports.Tests.Reference;

/// <summary>The committed reference data has the shape and numbers the seeds give.</summary>
public sealed class ReferenceDataContentTests : IClassFixture<ReferenceDataFixture>
{
    private readonly ReferenceData data;

    public ReferenceDataContentTests(ReferenceDataFixture fixture)
    {
        data = fixture.Data;
    }

    [Fact]
    public void There_are_thirteen_assurance_domains_in_template_order_with_six_grouped_under_transition_and_reform()
    {
        Assert.Equal(Enumerable.Range(1, 13), data.AssuranceDomains.Select(domain => domain.Order));
        Assert.Equal(
            ["Overarching assurance", "Engagement", "Performance and quality", "Finance", "QIPP", "Workforce", "Informatics"],
            data.AssuranceDomains.Where(domain => domain.Group is null).Select(domain => domain.Name));
        var grouped = data.AssuranceDomains.Where(domain => domain.Group is not null).ToList();
        Assert.Equal(6, grouped.Count);
        Assert.All(grouped, domain => Assert.Equal("Transition and reform", domain.Group));
        Assert.All(grouped, domain => Assert.Equal($"Transition and reform: {domain.Name}", domain.TemplateRowLabel));
        Assert.True(grouped.Min(domain => domain.Order) == 8 && grouped.Max(domain => domain.Order) == 13);
    }

    [Fact]
    public void Every_domain_asks_for_rag_commentary_and_key_risks_and_key_risks_only_in_april()
    {
        Assert.All(data.AssuranceDomains, domain => Assert.Equal(
            [AssurancePart.Rag, AssurancePart.Commentary, AssurancePart.KeyRisksAndMitigatingAction],
            domain.RequiredParts));
        var keyRisks = Assert.Single(data.AssuranceParts, part => part.Part == AssurancePart.KeyRisksAndMitigatingAction);
        Assert.Equal(SubmissionScope.AprilSubmissionOnly, keyRisks.RequiredIn);
        Assert.Equal("Only required in April submission", keyRisks.Note);
        Assert.All(
            data.AssuranceParts.Where(part => part.Part != AssurancePart.KeyRisksAndMitigatingAction),
            part => Assert.Equal(SubmissionScope.AllSubmissions, part.RequiredIn));
    }

    [Fact]
    public void Annex_3_has_the_seeds_question_count_for_each_domain_numbered_from_one()
    {
        var expected = new Dictionary<string, int>
        {
            ["overarching"] = 10,
            ["engagement"] = 3,
            ["performance-quality"] = 5,
            ["finance"] = 8,
            ["qipp"] = 6,
            ["workforce"] = 3,
            ["informatics"] = 3,
            ["tr-ccgs"] = 4,
            ["tr-commissioning-support"] = 1,
            ["tr-direct-commissioning"] = 4,
            ["tr-hwb"] = 3,
            ["tr-public-health"] = 2,
            ["tr-provider-development"] = 1,
        };

        Assert.Equal(expected.Keys, data.AssuranceQuestions.Select(group => group.DomainCode));
        foreach (var group in data.AssuranceQuestions)
        {
            Assert.Equal(Enumerable.Range(1, expected[group.DomainCode]), group.Questions.Select(question => question.Number));
        }

        Assert.Equal(53, data.AssuranceQuestions.Sum(group => group.Questions.Count));
    }

    [Fact]
    public void Ccg_question_4_keeps_its_lettered_parts_and_their_bullets()
    {
        var question = data.AssuranceQuestions.Single(group => group.DomainCode == "tr-ccgs").Questions[3];
        Assert.Equal(["i)", "ii)"], question.Items.Select(item => item.Label));
        Assert.Equal(2, question.Items[0].Items.Count);
        Assert.Equal("progress to full authorisation", question.Items[0].Items[0].Text);
    }

    [Fact]
    public void Annex_1_has_fifteen_quality_eleven_resources_and_ten_reform_indicators_with_unique_codes()
    {
        Assert.Equal(15, data.Indicators.Count(indicator => indicator.Group == IndicatorGroup.Quality));
        Assert.Equal(11, data.Indicators.Count(indicator => indicator.Group == IndicatorGroup.Resources));
        Assert.Equal(10, data.Indicators.Count(indicator => indicator.Group == IndicatorGroup.Reform));
        Assert.Equal(data.Indicators.Count, data.Indicators.Select(indicator => indicator.Code).Distinct().Count());
    }

    [Fact]
    public void Quality_indicators_sit_under_the_five_outcomes_domains_except_the_two_public_health_measures()
    {
        var quality = data.Indicators.Where(indicator => indicator.Group == IndicatorGroup.Quality).ToList();
        Assert.Equal([2, 2, 1, 5, 3], Enumerable.Range(1, 5).Select(domain => quality.Count(indicator => indicator.OutcomesFrameworkDomain == domain)));
        var withoutDomain = quality.Where(indicator => indicator.OutcomesFrameworkDomain is null).ToList();
        Assert.Equal(["Smoking quitters", "Health checks"], withoutDomain.Select(indicator => indicator.Name));
        Assert.All(withoutDomain, indicator => Assert.True(indicator.IsPublicHealth));
        Assert.All(data.Indicators.Where(indicator => indicator.Group != IndicatorGroup.Quality), indicator => Assert.Null(indicator.OutcomesFrameworkDomain));
    }

    [Fact]
    public void Only_the_indicators_001_gives_standards_for_have_them_and_their_thresholds_are_the_stated_numbers()
    {
        var thresholds = data.Indicators
            .Where(indicator => indicator.Standards.Count > 0)
            .ToDictionary(indicator => indicator.Name, indicator => indicator.Standards.Select(standard => standard.ThresholdPercent).ToList());

        Assert.Equal(
            ["Ambulance quality (Category A response times)", "Cancer 31 day, 62 day waits", "Referral to Treatment and diagnostic waits (incl. incomplete pathways)", "A&E total time", "Cancer 2 week waits"],
            thresholds.Keys);
        Assert.Equal([75m, 95m], thresholds["Ambulance quality (Category A response times)"]);
        Assert.Equal([90m, 95m, 92m, 1m], thresholds["Referral to Treatment and diagnostic waits (incl. incomplete pathways)"]);
        Assert.Equal([95m], thresholds["A&E total time"]);
        Assert.All(thresholds["Cancer 31 day, 62 day waits"], threshold => Assert.Null(threshold));
        Assert.All(thresholds["Cancer 2 week waits"], threshold => Assert.Null(threshold));
    }

    [Fact]
    public void Every_numeric_threshold_is_written_in_its_own_quote()
    {
        foreach (var standard in data.Indicators.SelectMany(indicator => indicator.Standards).Where(standard => standard.ThresholdPercent is not null))
        {
            var number = standard.ThresholdPercent!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"{number} per cent", standard.Quote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Annex_2_has_the_seeds_expectations_per_area_and_every_due_phrase_is_inside_its_text()
    {
        Assert.Equal(85, data.MilestoneExpectations.Count(item => item.Category == MilestoneCategory.Commissioning));
        Assert.Equal(6, data.MilestoneExpectations.Count(item => item.Category == MilestoneCategory.HealthAndWellbeingBoards));
        Assert.Equal(10, data.MilestoneExpectations.Count(item => item.Category == MilestoneCategory.PublicHealth));
        Assert.All(
            data.MilestoneExpectations.Where(item => item.DueAsStated is not null),
            item => Assert.Contains(item.DueAsStated!, item.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Annex_2_due_dates_are_the_last_day_of_the_month_the_text_names()
    {
        var byCode = data.MilestoneExpectations.ToDictionary(item => item.Code);
        Assert.Equal(new DateOnly(2012, 3, 31), byCode["A2-COM-001"].DueDate);
        Assert.Equal(new DateOnly(2012, 1, 31), byCode["A2-COM-003"].DueDate);
        Assert.Equal(new DateOnly(2011, 12, 31), byCode["A2-COM-022"].DueDate);
        Assert.Equal(new DateOnly(2013, 2, 28), byCode["A2-HWB-006"].DueDate);
        Assert.Null(byCode["A2-COM-052"].DueDate);
        Assert.Null(byCode["A2-PH-010"].DueDate);
    }

    [Fact]
    public void Annex_2_quarters_run_from_q4_2011_12_to_2012_13_and_end_on_the_quarters_last_day()
    {
        var quarters = data.MilestoneExpectations.Select(item => item.Quarter).Distinct().ToList();
        Assert.Equal(["Q4 11/12", "Q1 12/13", "Q2 12/13", "Q3 12/13", "Q4 12/13", "In 12/13"], quarters.Select(quarter => quarter.Label));
        Assert.Equal(
            [new DateOnly(2012, 3, 31), new DateOnly(2012, 6, 30), new DateOnly(2012, 9, 30), new DateOnly(2012, 12, 31), new DateOnly(2013, 3, 31), new DateOnly(2013, 3, 31)],
            quarters.Select(quarter => quarter.EndsOn));
    }

    [Fact]
    public void Annex_4_has_four_key_issues_which_performance_question_4_names_in_order()
    {
        Assert.Equal(4, data.KeyIssues.Count);
        var question = data.AssuranceQuestions.Single(group => group.DomainCode == "performance-quality").Questions[3].Text;
        var positions = data.KeyIssues.Select(issue => question.IndexOf(issue.Title.Split(' ')[0], StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.All(positions, position => Assert.True(position > 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Annex_5_has_nine_lines_of_enquiry_numbered_one_to_nine()
    {
        Assert.Equal(Enumerable.Range(1, 9), data.WorkforceLinesOfEnquiry.Select(line => line.Number));
    }

    [Fact]
    public void Annex_6_has_six_sections_with_twenty_five_prompts_and_eight_sub_prompts_coded_by_position()
    {
        var checklist = data.PublicHealthChecklist;
        Assert.Equal(
            ["Ensuring a robust transfer of systems and services", "Delivering public health responsibilities during transition and preparing for 2013/14", "Workforce", "Governance", "Enabling infrastructure", "Communication and engagement"],
            checklist.Sections.Select(section => section.Title));
        Assert.Equal([7, 2, 1, 6, 7, 2], checklist.Sections.Select(section => section.Prompts.Count));
        Assert.Equal(8, checklist.Sections.SelectMany(section => section.Prompts).Sum(prompt => prompt.SubPrompts.Count));
        var governance = checklist.Sections[3].Prompts[1];
        Assert.Equal("4.2", governance.Code);
        Assert.Equal(["4.2.a", "4.2.b", "4.2.c"], governance.SubPrompts.Select(sub => sub.Code));
    }

    [Fact]
    public void The_2012_13_round_has_the_january_and_april_submissions_and_david_florys_sign_off_window()
    {
        var round = data.PlanningRounds.Single(candidate => candidate.Code == "2012-13");
        Assert.Equal(new DateOnly(2012, 1, 27), round.Submissions.Single(submission => submission.Kind == SubmissionKind.Initial).Date);
        Assert.Equal(new DateOnly(2012, 4, 5), round.Submissions.Single(submission => submission.Kind == SubmissionKind.Final).Date);
        var signOff = Assert.IsType<SignOffArrangement>(round.SignOff);
        Assert.Equal("David Flory", signOff.HeldBy);
        Assert.Equal((new DateOnly(2012, 4, 25), new DateOnly(2012, 5, 4)), (signOff.WindowStart, signOff.WindowEnd));
        Assert.Equal(7, round.Timetable.Count);
        Assert.Contains(round.Timetable, entry => entry.Start == signOff.WindowStart && entry.End == signOff.WindowEnd);
    }

    [Fact]
    public void Timetable_weekdays_as_stated_match_their_dates_except_the_seeds_own_misprint()
    {
        var weekdays = new Dictionary<string, DayOfWeek>
        {
            ["Mon"] = DayOfWeek.Monday,
            ["Tues"] = DayOfWeek.Tuesday,
            ["Wed"] = DayOfWeek.Wednesday,
            ["Thurs"] = DayOfWeek.Thursday,
            ["Fri"] = DayOfWeek.Friday,
        };
        var mismatches = new List<string>();
        foreach (var entry in data.PlanningRounds.SelectMany(round => round.Timetable))
        {
            var parts = entry.DateAsStated.Split(" – ");
            var dates = new[] { entry.Start, entry.End ?? entry.Start };
            for (var i = 0; i < parts.Length; i++)
            {
                var word = parts[i].Split(' ')[0];
                if (weekdays.TryGetValue(word, out var weekday) && dates[i].DayOfWeek != weekday)
                {
                    mismatches.Add(parts[i]);
                }
            }
        }

        // 000 prints "Mon 31 Jan"; 31 January 2012 was a Tuesday. Any other mismatch is a transcription error.
        Assert.Equal(["Mon 31 Jan"], mismatches);
    }

    [Fact]
    public void The_bcf_round_has_the_first_cut_on_14_february_and_the_final_plan_on_4_april_2014()
    {
        var round = data.PlanningRounds.Single(candidate => candidate.Code == "bcf-2014-16");
        Assert.Equal(new DateOnly(2014, 2, 14), round.Submissions.Single(submission => submission.Kind == SubmissionKind.Initial).Date);
        Assert.Equal(new DateOnly(2014, 4, 4), round.Submissions.Single(submission => submission.Kind == SubmissionKind.Final).Date);
        Assert.Null(round.SignOff);
    }

    [Fact]
    public void The_bcf_has_six_conditions_five_national_metrics_and_a_nine_item_local_menu()
    {
        var fund = data.BetterCareFund;
        Assert.Equal(Enumerable.Range(1, 6), fund.NationalConditions.Select(condition => condition.Number));
        Assert.Equal(5, fund.NationalMetrics.Count);
        Assert.Equal(9, fund.LocalMetricMenu.Count);
        Assert.Equal([3, 3, 3], fund.LocalMetricMenu.GroupBy(option => option.Framework).Select(group => group.Count()));
        Assert.Equal(6, fund.LocalAlternativeCriteria.Count);
        Assert.Equal(3, fund.NationalConditions.Single(condition => condition.Code == "data-sharing-nhs-number").Definition[2].Items.Count);
    }

    [Fact]
    public void Payment_for_performance_shares_one_billion_pounds_and_ties_april_to_four_conditions()
    {
        var payment = data.BetterCareFund.PaymentForPerformance;
        Assert.Equal(1000m, payment.Tranches.Sum(tranche => tranche.AmountMillions));
        Assert.Equal(500m, payment.Tranches.Where(tranche => tranche.When == "April 2015").Sum(tranche => tranche.AmountMillions));
        var conditions = payment.Tranches.SelectMany(tranche => tranche.ConditionCodes).Distinct().ToList();
        Assert.Equal(4, conditions.Count);
        Assert.DoesNotContain("plans-jointly-agreed", conditions);
        Assert.DoesNotContain("data-sharing-nhs-number", conditions);
        var october = payment.Tranches.Single(tranche => tranche.When == "October 2015");
        Assert.Equal(data.BetterCareFund.NationalMetrics.Select(metric => metric.Code).Prepend("local").Order(), october.MetricCodes.Order());
        Assert.All(payment.AmbitionRules, rule => Assert.Equal(70m, rule.ThresholdPercent));
        Assert.All(payment.AmbitionRules, rule => Assert.Contains("70%", rule.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void Metrics_with_no_april_period_are_exactly_those_outside_the_april_tranche()
    {
        var aprilMetrics = data.BetterCareFund.PaymentForPerformance.Tranches
            .Where(tranche => tranche.When == "April 2015")
            .SelectMany(tranche => tranche.MetricCodes)
            .ToHashSet();
        Assert.All(data.BetterCareFund.NationalMetrics, metric =>
            Assert.Equal(aprilMetrics.Contains(metric.Code), metric.April2015PaymentPeriod != "N/A"));
    }

    [Fact]
    public void The_2015_16_fund_is_3_8_billion_made_of_two_1_9_billion_parts()
    {
        var fund = data.BetterCareFund.Funding.Single(line => line.Year == "2015/16");
        Assert.Equal(3800m, fund.AmountMillions);
        Assert.Equal(fund.AmountMillions, fund.Components.Sum(component => component.AmountMillions));
        Assert.Equal([130m, 300m, 354m, 1100m], fund.Components[1].Components.Select(component => component.AmountMillions));
    }

    [Fact]
    public void Seed_organisations_add_up_to_the_totals_the_seeds_state()
    {
        var organisations = data.SeedOrganisations;
        Assert.Equal(["North of England", "Midlands & East", "London", "South of England"], organisations.ShaClusters.Select(cluster => cluster.Name));
        Assert.Equal(organisations.LocalAreaTeamsTotal, organisations.ShaClusters.Sum(cluster => cluster.LocalAreaTeams));
        var kentAndMedway = Assert.Single(organisations.PctClusters);
        Assert.Equal(8, kentAndMedway.Ccgs.Count);
        Assert.Equal(2, kentAndMedway.Ccgs.Count(ccg => ccg.AuthorisationWave == 2));
        Assert.Equal(kentAndMedway.Ccgs.Count, organisations.SouthOfEnglandAreas.Single(area => area.Name == "Kent and Medway").Ccgs);
        var total = organisations.SouthOfEnglandTotal;
        Assert.Equal(total.PopulationThousands, organisations.SouthOfEnglandAreas.Sum(area => area.PopulationThousands));
        Assert.Equal(total.Ccgs, organisations.SouthOfEnglandAreas.Sum(area => area.Ccgs));
        Assert.Equal(total.HealthAndWellbeingBoards, organisations.SouthOfEnglandAreas.Sum(area => area.HealthAndWellbeingBoards));
        Assert.Equal(organisations.ShaClusters.Single(cluster => cluster.Code == "sha-south").LocalAreaTeams, organisations.SouthOfEnglandAreas.Count);
    }

    [Fact]
    public void The_planning_rules_numbers_are_the_ones_their_quotes_state()
    {
        var rules = data.PlanningRules;
        Assert.Contains($"key {rules.QippProgrammes.MinimumProgrammes}-{rules.QippProgrammes.MaximumProgrammes} transformational QIPP programmes", rules.QippProgrammes.ProgrammesQuote, StringComparison.Ordinal);
        Assert.Contains($"exceed {rules.QippProgrammes.SavingsShareAbovePercent}%", rules.QippProgrammes.SavingsQuote, StringComparison.Ordinal);
        Assert.Contains($"on the {rules.MilestoneProgress.DayOfMonth}th of each month", rules.MilestoneProgress.Quote, StringComparison.Ordinal);
        Assert.Equal(["Quarterly review completed"], rules.MilestoneWording.AvoidExamples);
    }
}
