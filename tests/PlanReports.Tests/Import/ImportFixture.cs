using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// A small valid data set in two parts: a base (domains, a round and submission, the top of the organisation
/// tree) imported first, and a plan (PCTs, RAG ratings, planned savings) imported on top of it, so
/// references run within a file, across files and into the store.
/// </summary>
internal static class ImportFixture
{
    public static readonly IReadOnlyDictionary<string, string> Base = new Dictionary<string, string>
    {
        ["base/assurance_domain.csv"] =
            """
            code,position,name,group_name,label
            overarching,1,Overarching assurance,,Overarching assurance
            finance,2,Finance,,Finance
            tr-public-health,3,Public health,Transition and reform,Transition and reform: Public health

            """,
        ["base/planning_round.csv"] =
            """
            code,name,kind,starts_on,ends_on
            2012-13,Integrated plans 2012/13,integrated-plan,2012-04-01,2013-03-31

            """,
        ["base/submission.csv"] =
            """
            code,round_code,name,stage,due_on
            2012-13-jan,2012-13,Initial submission,initial,2012-01-27
            2012-13-apr,2012-13,Final submission,final,2012-04-05

            """,
        ["base/organisation.csv"] =
            """
            code,name,type,parent_code,address,postcode,valid_from,valid_to
            DH,Department of Health,dh,,"Richmond House
            79 Whitehall
            London",SW1A 2NS,2012-01-01,
            Q30,NHS North of England,sha-cluster,DH,,,2011-10-03,2013-03-31
            5QA,NHS Kent and Medway,pct-cluster,Q30,,,2011-06-01,2013-03-31

            """,
    };

    public static readonly IReadOnlyDictionary<string, string> Plan = new Dictionary<string, string>
    {
        ["plan/organisation.csv"] =
            """
            code,name,type,parent_code,valid_from
            5QC,"Kent PCT, East",pct,5QA,2002-10-01
            5QD,Medway PCT,pct,5QA,2002-10-01

            """,
        ["plan/domain_rating.csv"] =
            """
            submission_code,organisation_code,domain_code,rag,commentary,key_risks,mitigating_action
            2012-13-apr,5QA,overarching,green,"Plan is ""credible"" and owned by CCGs.",Delivery of QIPP,Monthly PMO review
            2012-13-apr,5QA,finance,amber,Surplus relies on QIPP,,

            """,
        ["plan/planned_savings.csv"] =
            """
            submission_code,organisation_code,year,amount_k
            2012-13-apr,5QA,2012/13,45000.5
            2012-13-apr,5QA,2013/14,38000

            """,
    };

    /// <summary>Writes the files (with <paramref name="change"/> applied to one of them) and returns the folder of the first.</summary>
    public static string Write(TemporaryStore temp, IReadOnlyDictionary<string, string> files, string? file = null, Func<string, string>? change = null)
    {
        string? folder = null;
        foreach (var (path, content) in files)
        {
            var text = path == file && change is not null ? change(content) : content;
            var written = temp.Write(path, text);
            folder ??= Path.GetDirectoryName(written);
        }

        return folder!;
    }

    /// <summary>An initialised store with the base imported.</summary>
    public static TemporaryStore StoreWithBase(StoreEngine engine = StoreEngine.Sqlite)
    {
        var temp = new TemporaryStore(engine).Initialised();
        new PlanImporter(temp.Store).Import([Write(temp, Base)]);
        return temp;
    }
}
