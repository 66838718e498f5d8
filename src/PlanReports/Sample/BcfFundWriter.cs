namespace PlanReports.Sample;

/// <summary>
/// The pooled fund of one HWB area: the minimum its allocation letter sets for each year, the contributions by
/// source, and the schemes the fund pays for. Seed 003 Annex I: £1.1bn social care transfer in 2014/15; a £3.8bn
/// fund in 2015/16 including £220m Disabled Facilities Grant and £134m social care capital, the rest from CCGs.
/// </summary>
internal static class BcfFundWriter
{
    private const double SocialCareTransfer = 1_100_000_000;
    private const double FundTotal = 3_800_000_000;
    private const double DisabledFacilitiesGrant = 220_000_000;
    private const double SocialCareCapital = 134_000_000;

    public static (long Fund201415, long Fund201516) Write(SampleContext context, SampleHealthAndWellbeingBoard board)
    {
        var tables = context.Tables;
        var random = context.Random("bcf-fund", board.Organisation.Code);
        var hwb = board.Organisation.Code;
        var population = board.Council.PopulationThousands;

        var minimum1415 = Money.Share(SocialCareTransfer, population);
        var minimum1516 = Money.Share(FundTotal, population);
        tables.BcfMinimum.Add(hwb, "2014/15", minimum1415);
        tables.BcfMinimum.Add(hwb, "2015/16", minimum1516);

        var lines = new List<(string Organisation, string Source, string Year, long Amount)>
        {
            (board.Council.Code, "social-care-transfer", "2014/15", minimum1415),
        };
        var dfg = Money.Share(DisabledFacilitiesGrant, population);
        var capital = Money.Share(SocialCareCapital, population);
        lines.Add((board.Council.Code, "disabled-facilities-grant", "2015/16", dfg));
        lines.Add((board.Council.Code, "social-care-capital-grant", "2015/16", capital));

        var ccgTotal = minimum1516 - dfg - capital;
        var planted = board.Organisation.Code == context.Gaps.UnderMinimumBoard.Code;
        if (planted)
        {
            // Planted: the CCGs pool 3% of the minimum less than the allocation letter requires.
            ccgTotal -= Money.RoundToThousand(minimum1516 * 0.03);
        }
        var weights = board.Ccgs.Select(c => (double)c.PopulationThousands * random.Between(0.85, 1.15)).ToList();
        var ccgParts = Money.Split(ccgTotal, weights);
        for (var i = 0; i < board.Ccgs.Count; i++)
        {
            lines.Add((board.Ccgs[i].Code, "ccg-minimum", "2015/16", ccgParts[i]));
        }

        // About a third of areas pool more than the minimum, as seed 003 Annex I ¶22 allows.
        if (planted)
        {
            // No additional contributions either, so the shortfall stands.
        }
        else if (random.Chance(0.2))
        {
            lines.Add((board.Ccgs[0].Code, "ccg-additional", "2014/15", Money.RoundToThousand(minimum1415 * random.Between(0.05, 0.2))));
            lines.Add((board.Ccgs[0].Code, "ccg-additional", "2015/16", Money.RoundToThousand(minimum1516 * random.Between(0.05, 0.2))));
        }
        else if (random.Chance(0.15))
        {
            lines.Add((board.Council.Code, "local-authority-additional", "2015/16", Money.RoundToThousand(minimum1516 * random.Between(0.03, 0.12))));
        }

        foreach (var line in lines)
        {
            tables.BcfFundLine.Add(hwb, line.Organisation, line.Source, line.Year, line.Amount);
        }
        return (lines.Where(l => l.Year == "2014/15").Sum(l => l.Amount), lines.Where(l => l.Year == "2015/16").Sum(l => l.Amount));
    }

    /// <summary>4–8 schemes whose spend adds up to the pooled fund in each year.</summary>
    public static void WriteSchemes(SampleContext context, SampleHealthAndWellbeingBoard board, long fund1415, long fund1516)
    {
        var random = context.Random("bcf-schemes", board.Organisation.Code);
        var place = board.Organisation.Name.Replace(" Health and Wellbeing Board", string.Empty, StringComparison.Ordinal);
        var count = random.Between(4, 8);
        // Every plan protects social care and carries the DFG; the rest vary by area.
        var others = random.PickDistinct(BcfSchemeTemplate.All.Skip(1).Where(t => t.Name != "Disabled facilities and home adaptations").ToList(), count - 2);
        var schemes = new List<BcfSchemeTemplate> { BcfSchemeTemplate.All[0] };
        schemes.AddRange(others);
        schemes.Add(BcfSchemeTemplate.All.Single(t => t.Name == "Disabled facilities and home adaptations"));

        var weights = schemes.Select(s => s.Weight * random.Between(0.8, 1.25)).ToList();
        var spend1415 = Money.Split(fund1415, weights);
        var spend1516 = Money.Split(fund1516, weights);
        for (var i = 0; i < schemes.Count; i++)
        {
            var scheme = schemes[i];
            var ccg = board.Ccgs[random.Next(board.Ccgs.Count)];
            var lead = scheme.LedByCouncil ? board.Council.Code : ccg.Code;
            var population = board.Council.PopulationThousands;
            var description = scheme.Description
                .Replace("{place}", place, StringComparison.Ordinal)
                .Replace("{council}", board.Council.Name, StringComparison.Ordinal)
                .Replace("{ccg}", ccg.Name, StringComparison.Ordinal)
                .Replace("{teams}", Words.Number(Math.Max(2, (int)Math.Round(population / 60.0))), StringComparison.Ordinal)
                .Replace("{beds}", Math.Max(10, (int)Math.Round(population / 12.0)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            context.Tables.BcfScheme.Add(board.Organisation.Code, i + 1, scheme.Name, description, lead,
                spend1415[i], spend1516[i], scheme.ExpectedOutcomes);
        }
    }
}
