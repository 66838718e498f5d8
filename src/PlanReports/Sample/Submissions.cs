namespace PlanReports.Sample;

/// <summary>The planning rounds and submissions of the seeds, with the dates they state.</summary>
internal static class Submissions
{
    public const string IntegratedRound = "2012-13";
    public const string BcfRound = "bcf-2014-16";
    public const string January = "2012-13-jan";
    public const string April = "2012-13-apr";
    public const string BcfFirstCut = "bcf-feb";
    public const string BcfFinal = "bcf-apr";

    public static readonly IReadOnlyList<string> IntegratedPlanSubmissions = [January, April];

    public static void Write(SampleTables tables)
    {
        tables.PlanningRound.Add(IntegratedRound, "Integrated plans 2012/13", "integrated-plan", new DateOnly(2012, 1, 1), new DateOnly(2013, 3, 31));
        tables.PlanningRound.Add(BcfRound, "Better Care Fund plans 2014/15 to 2015/16", "bcf", new DateOnly(2014, 1, 1), new DateOnly(2016, 3, 31));
        // Seed 000: initial submission 27 January 2012, final 5 April 2012. Seed 003: first cut 14 February 2014, final 4 April 2014.
        tables.Submission.Add(January, IntegratedRound, "Initial submission", "initial", new DateOnly(2012, 1, 27));
        tables.Submission.Add(April, IntegratedRound, "Final submission", "final", new DateOnly(2012, 4, 5));
        tables.Submission.Add(BcfFirstCut, BcfRound, "First cut of the Better Care Fund plan", "initial", new DateOnly(2014, 2, 14));
        tables.Submission.Add(BcfFinal, BcfRound, "Revised Better Care Fund plan", "final", new DateOnly(2014, 4, 4));
    }
}
