using System.Data;
using System.Globalization;
using Dapper;

namespace PlanReports.Reports.Lookups;

/// <summary>The submissions of a round, and which one a document reports on.</summary>
internal sealed class SubmissionLookup(IDbConnection connection)
{
    /// <summary>The round's submissions, earliest first.</summary>
    public IReadOnlyList<Submission> ForRound(string roundCode) =>
        connection.Query<Row>(
                "SELECT code AS Code, round_code AS RoundCode, name AS Name, stage AS Stage, due_on AS DueOn FROM submission WHERE round_code = @roundCode ORDER BY due_on, code",
                new { roundCode })
            .Select(ToSubmission).ToList();

    /// <summary>The submission with this code.</summary>
    /// <exception cref="KeyNotFoundException">No submission has this code.</exception>
    public Submission Get(string code) =>
        connection.Query<Row>(
                "SELECT code AS Code, round_code AS RoundCode, name AS Name, stage AS Stage, due_on AS DueOn FROM submission WHERE code = @code",
                new { code })
            .Select(ToSubmission).SingleOrDefault()
        ?? throw new KeyNotFoundException($"The store holds no submission with code '{code}'.");

    /// <summary>
    /// The latest submission of the round that holds any domain ratings: the April submission once it is in, the
    /// January one before. Every 2012/13 document reports on this one submission, so they agree.
    /// </summary>
    /// <exception cref="InvalidOperationException">The round has no ratings at all.</exception>
    public Submission LatestRated(string roundCode) =>
        ForRound(roundCode).LastOrDefault(s =>
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM domain_rating WHERE submission_code = @code", new { code = s.Code }) > 0)
        ?? throw new InvalidOperationException($"No submission of round '{roundCode}' holds any domain ratings.");

    /// <summary>The latest planning round of a kind ('integrated-plan' or 'bcf').</summary>
    /// <exception cref="InvalidOperationException">The store holds no round of that kind.</exception>
    public string LatestRound(string kind) =>
        connection.ExecuteScalar<string?>(
            "SELECT code FROM planning_round WHERE kind = @kind ORDER BY starts_on DESC, code DESC LIMIT 1", new { kind })
        ?? throw new InvalidOperationException($"The store holds no planning round of kind '{kind}'.");

    /// <summary>The submission before this one in its round, or null for the first.</summary>
    public Submission? Previous(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return ForRound(submission.RoundCode).TakeWhile(s => s.Code != submission.Code).LastOrDefault();
    }

    private static Submission ToSubmission(Row r) =>
        new(r.Code, r.RoundCode, r.Name, r.Stage, DateOnly.ParseExact(r.DueOn, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string RoundCode { get; init; } = "";
        public string Name { get; init; } = "";
        public string Stage { get; init; } = "";
        public string DueOn { get; init; } = "";
    }
}
