using System.Globalization;

namespace PlanReports.Sample;

/// <summary>
/// QIPP and reform milestones of each PCT cluster and transition milestones of each SHA cluster (seed 000 §4),
/// for both submissions, with monthly progress on the agreed (April) set from April to September 2012.
/// Every Annex 2 expectation addressed to PCT clusters (or SHA clusters) is reflected by a milestone linked to
/// it; those for CCGs aiming for establishment without conditions are used locally, owned by a CCG.
/// </summary>
internal static class MilestoneWriter
{
    private static readonly IReadOnlyList<string> ShaTransition =
    [
        "SHA cluster transition plan for the transfer of functions agreed by the board",
        "Staff transfer schemes for SHA functions agreed with receiving organisations",
        "Education and training functions handed over to the Local Education and Training Board",
        "Provider development and FT pipeline oversight handed over to the NHS Trust Development Authority",
        "Legacy documents and records transferred to the NHS Commissioning Board and the Department of Health",
        "SHA cluster accounts for 2012/13 closed and audited",
    ];

    private static readonly IReadOnlyList<string> Quarters =
    [
        "2012/13 Q1", "2012/13 Q2", "2012/13 Q3", "2012/13 Q4",
        "2013/14 Q1", "2013/14 Q2", "2013/14 Q3", "2013/14 Q4",
        "2014/15 Q1", "2014/15 Q2", "2014/15 Q3", "2014/15 Q4",
    ];

    public static void Write(SampleContext context, IReadOnlyDictionary<string, QippPlan> qipp)
    {
        foreach (var cluster in context.England.PctClusters)
        {
            foreach (var submission in Submissions.IntegratedPlanSubmissions)
            {
                WritePctCluster(context, cluster, qipp[cluster.Organisation.Code], submission);
            }
        }
        foreach (var shaCluster in context.England.ShaClusters)
        {
            foreach (var submission in Submissions.IntegratedPlanSubmissions)
            {
                WriteShaCluster(context, shaCluster, submission);
            }
        }
    }

    private static void WritePctCluster(SampleContext context, SamplePctCluster cluster, QippPlan qipp, string submission)
    {
        var code = cluster.Organisation.Code;
        var random = context.Random("milestones", submission, code);
        var prefix = $"M-{code}-{(submission == Submissions.January ? 'J' : 'A')}";
        var n = 0;
        var owners = cluster.Ccgs.Count > 0 ? cluster.Ccgs : [cluster.Organisation];

        foreach (var (programmeCode, template, _) in qipp.Programmes(submission))
        {
            // Critical success factors spread over the three years to 2014/15, the last marking the end state.
            var start = random.Between(0, 3);
            for (var i = 0; i < template.Milestones.Count; i++)
            {
                var quarter = Quarters[Math.Min(Quarters.Count - 1, start + (i * random.Between(2, 4)))];
                var last = i == template.Milestones.Count - 1;
                Add(context, submission, Id(prefix, ++n), code, "qipp", programmeCode, null, owners[random.Next(owners.Count)].Code,
                    template.Milestones[i], last ? template.EndState : null, quarter);
            }
        }

        if (submission == Submissions.April && code == context.Gaps.EverydayMilestoneCluster.Code)
        {
            // Planted: the everyday milestone seed 000 §4 says to avoid.
            Add(context, submission, Id(prefix, ++n), code, "qipp", qipp.Programmes(submission)[0].Code, null, code,
                PlantedGaps.EverydayMilestoneTitle, null, "2012/13 Q1");
        }

        foreach (var expectation in context.Reference.MilestoneExpectations)
        {
            if (submission == Submissions.April && code == context.Gaps.MissingExpectationCluster.Code && expectation.Code == context.Gaps.MissingExpectation.Code)
            {
                continue; // planted: this Annex 2 expectation is not reflected
            }
            var owner = expectation.Audience switch
            {
                "pct-clusters" => code,
                "ccgs" when cluster.Ccgs.Count > 0 => cluster.Ccgs[random.Next(cluster.Ccgs.Count)].Code,
                _ => null,
            };
            if (owner is null)
            {
                continue;
            }
            Add(context, submission, Id(prefix, ++n), code, "reform", null, expectation.Code, owner,
                Title(expectation.Text), null, expectation.DueQuarter);
        }
    }

    private static void WriteShaCluster(SampleContext context, SampleOrganisation shaCluster, string submission)
    {
        var code = shaCluster.Code;
        var random = context.Random("sha-milestones", submission, code);
        var prefix = $"M-{code}-{(submission == Submissions.January ? 'J' : 'A')}";
        var n = 0;
        foreach (var expectation in context.Reference.MilestoneExpectations.Where(e => e.Audience == "sha-clusters"))
        {
            Add(context, submission, Id(prefix, ++n), code, "sha-transition", null, expectation.Code, code,
                Title(expectation.Text), null, expectation.DueQuarter);
        }
        for (var i = 0; i < ShaTransition.Count; i++)
        {
            var quarter = i < 2 ? Quarters[random.Between(0, 1)] : Quarters[Math.Min(3, 2 + random.Between(0, 1) + (i / 4))];
            Add(context, submission, Id(prefix, ++n), code, "sha-transition", null, null, code, ShaTransition[i],
                i == ShaTransition.Count - 1 ? "All SHA functions transferred and the SHA closed on 31 March 2013." : null, quarter);
        }
    }

    private static void Add(SampleContext context, string submission, string id, string organisation, string category,
        string? programme, string? national, string owner, string title, string? endState, string quarter)
    {
        context.Tables.Milestone.Add(id, submission, organisation, category, programme, national, owner, title, endState, quarter);
        if (submission == Submissions.April)
        {
            MilestoneProgressWriter.Write(context, id, quarter);
        }
    }

    // Annex 2 texts are long; a milestone's title is the expectation's first sentence.
    private static string Title(string text)
    {
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? text[..stop] : text.TrimEnd('.');
    }

    private static string Id(string prefix, int n) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{n:D3}");
}
