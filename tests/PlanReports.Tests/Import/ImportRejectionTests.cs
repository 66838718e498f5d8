using PlanReports.Import;
using PlanReports.Store;
using PlanReports.Tests.Store;

namespace PlanReports.Tests.Import;

/// <summary>
/// Every way an import is rejected: the error names file, line, column and rule, and the store (already
/// holding the base set) is byte-for-byte unchanged, even when other files in the same import were valid.
/// </summary>
public sealed class ImportRejectionTests
{
    [EngineTheory]
    public void Unterminated_quote_is_rejected_at_the_line_the_quote_opens(StoreEngine engine)
    {
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("\"Kent PCT, East\"", "\"Kent PCT, East", StringComparison.Ordinal),
            line: 2, column: null, rule: "unterminated-quote");
    }

    [EngineTheory]
    public void Text_after_a_closing_quote_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("\"Kent PCT, East\"", "\"Kent PCT\", East\"", StringComparison.Ordinal),
            line: 2, column: null, rule: "malformed-quote");
    }

    [EngineTheory]
    public void Wrong_field_count_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/planned_savings.csv", c => c.Replace("2013/14,38000", "2013/14,38000,extra", StringComparison.Ordinal),
            line: 3, column: null, rule: "field-count", message: "5 field(s) where the header has 4");
    }

    [EngineTheory]
    public void Unknown_column_is_rejected_at_the_header(StoreEngine engine)
    {
        AssertRejected(engine, "plan/planned_savings.csv", c => c.Replace("amount_k", "amount_gbp", StringComparison.Ordinal),
            line: 1, column: "amount_gbp", rule: "unknown-column");
    }

    [EngineTheory]
    public void Missing_not_null_column_is_rejected_at_the_header(StoreEngine engine)
    {
        AssertRejected(engine, "plan/domain_rating.csv", c => c
                .Replace(",commentary,", ",", StringComparison.Ordinal)
                .Replace(",\"Plan is \"\"credible\"\" and owned by CCGs.\",", ",", StringComparison.Ordinal)
                .Replace(",Surplus relies on QIPP,", ",", StringComparison.Ordinal),
            line: 1, column: "commentary", rule: "missing-column");
    }

    [EngineTheory]
    public void Empty_primary_key_cell_is_rejected_although_sqlite_would_store_a_null_key(StoreEngine engine)
    {
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("5QD,Medway PCT", ",Medway PCT", StringComparison.Ordinal),
            line: 3, column: "code", rule: "not-null");
    }

    [EngineTheory]
    public void Empty_cell_in_a_not_null_column_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/domain_rating.csv", c => c.Replace("Surplus relies on QIPP", string.Empty, StringComparison.Ordinal),
            line: 3, column: "commentary", rule: "not-null");
    }

    [EngineTheory]
    public void Non_numeric_value_in_a_real_column_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/planned_savings.csv", c => c.Replace("38000", "\"38,000\"", StringComparison.Ordinal),
            line: 3, column: "amount_k", rule: "not-a-number", message: "'38,000' is not a number");
    }

    [EngineTheory]
    public void Non_integer_value_in_an_integer_column_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "base/assurance_domain.csv", c => c.Replace("finance,2,", "finance,two,", StringComparison.Ordinal),
            line: 3, column: "position", rule: "not-an-integer", importBase: true);
    }

    [EngineTheory]
    public void Out_of_range_value_is_rejected_naming_the_check_constraint(StoreEngine engine)
    {
        AssertRejected(engine, "plan/planned_savings.csv", c => c.Replace("45000.5", "-5", StringComparison.Ordinal),
            line: 2, column: "amount_k", rule: "planned_savings_nonnegative", message: "amount_k = '-5' breaks CHECK (amount_k >= 0)");
    }

    [EngineTheory]
    public void Rag_value_outside_the_scale_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/domain_rating.csv", c => c.Replace(",amber,", ",purple,", StringComparison.Ordinal),
            line: 3, column: "rag", rule: "rag_scale", message: "rag = 'purple' breaks CHECK (rag IN ('red', 'amber', 'green'))");
    }

    [EngineTheory]
    public void Value_outside_an_enumerated_set_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("Medway PCT,pct,", "Medway PCT,primary-care-trust,", StringComparison.Ordinal),
            line: 3, column: "type", rule: "organisation_type_known");
    }

    [EngineTheory]
    public void Unknown_organisation_code_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/domain_rating.csv", c => c.Replace("2012-13-apr,5QA,finance", "2012-13-apr,5ZZ,finance", StringComparison.Ordinal),
            line: 3, column: "organisation_code", rule: "foreign-key", message: "'5ZZ' is not a known organisation (code)");
    }

    [EngineTheory]
    public void Reference_to_a_row_of_another_file_that_was_itself_rejected_is_also_unknown(StoreEngine engine)
    {
        // 5QD is dropped from organisation.csv, so the rating that names it in another file has no parent.
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("5QD,Medway PCT,pct,5QA,2002-10-01\n", string.Empty, StringComparison.Ordinal),
            line: 3, column: "organisation_code", rule: "foreign-key", errorFile: "plan/domain_rating.csv",
            alsoChange: ("plan/domain_rating.csv", c => c.Replace("2012-13-apr,5QA,finance", "2012-13-apr,5QD,finance", StringComparison.Ordinal)));
    }

    [EngineTheory]
    public void Unknown_code_in_a_composite_key_reference_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/domain_rating.csv", c => c.Replace("2012-13-apr,5QA,finance", "2012-13-apr,5QA,informatics", StringComparison.Ordinal),
            line: 3, column: "domain_code", rule: "foreign-key", message: "'informatics' is not a known assurance_domain (code)");
    }

    [EngineTheory]
    public void Duplicate_primary_key_within_a_file_is_rejected_naming_the_first_line(StoreEngine engine)
    {
        AssertRejected(engine, "plan/planned_savings.csv", c => c.Replace("2013/14,38000", "2012/13,38000", StringComparison.Ordinal),
            line: 3, column: "submission_code, organisation_code, year", rule: "duplicate-primary-key", message: "already given on line 2");
    }

    [EngineTheory]
    public void Duplicate_primary_key_across_files_is_rejected_naming_the_other_file(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var plan = ImportFixture.Write(temp, ImportFixture.Plan);
        var extra = temp.Write("extra/organisation.csv", "code,name,type,parent_code,valid_from\n5QC,Duplicate Kent,pct,5QA,2002-10-01\n");

        var error = RejectedWith(temp, [plan, extra], "extra/organisation.csv", 2, "code", "duplicate-primary-key");

        Assert.Contains("plan/organisation.csv:2", error.Message, StringComparison.Ordinal);
    }

    [EngineTheory]
    public void Duplicate_primary_key_against_the_store_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("5QD,Medway PCT", "Q30,Medway PCT", StringComparison.Ordinal),
            line: 3, column: "code", rule: "duplicate-primary-key", message: "('Q30') is already in the store");
    }

    [EngineTheory]
    public void Duplicate_unique_key_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "base/assurance_domain.csv", c => c.Replace("finance,2,", "finance,1,", StringComparison.Ordinal),
            line: 3, column: "position", rule: "duplicate-unique-key", importBase: true);
    }

    [EngineTheory]
    public void Malformed_date_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("Medway PCT,pct,5QA,2002-10-01", "Medway PCT,pct,5QA,01/10/2002", StringComparison.Ordinal),
            line: 3, column: "valid_from", rule: "not-a-date");
    }

    [EngineTheory]
    public void Impossible_calendar_date_is_rejected(StoreEngine engine)
    {
        AssertRejected(engine, "plan/organisation.csv", c => c.Replace("Medway PCT,pct,5QA,2002-10-01", "Medway PCT,pct,5QA,2002-02-30", StringComparison.Ordinal),
            line: 3, column: "valid_from", rule: "not-a-date");
    }

    [EngineTheory]
    public void File_not_named_after_a_table_is_rejected(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var plan = ImportFixture.Write(temp, ImportFixture.Plan);
        var stray = temp.Write("plan/organisations.csv", "code\nX\n");

        RejectedWith(temp, [plan], "plan/organisations.csv", null, null, "unknown-table");
        _ = stray;
    }

    [EngineTheory]
    public void Missing_path_is_rejected(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);

        RejectedWith(temp, [Path.Combine(temp.Folder, "nowhere")], "nowhere", null, null, "missing-path");
    }

    [EngineTheory]
    public void A_named_file_that_is_neither_csv_nor_yaml_is_rejected(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var file = temp.Write("notes/organisation.txt", "code\nX\n");

        RejectedWith(temp, [file], "notes/organisation.txt", null, null, "unsupported-file");
    }

    [EngineTheory]
    public void Errors_are_collected_up_to_the_limit(StoreEngine engine)
    {
        using var temp = ImportFixture.StoreWithBase(engine);
        var rows = string.Concat(Enumerable.Range(1, 30).Select(i => $"2012-13-apr,5QA,20{i:00}/xx,1\n"));
        var file = temp.Write("many/planned_savings.csv", "submission_code,organisation_code,year,amount_k\n" + rows);
        var before = temp.Dump();

        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store, maxErrors: 10).Import([file]));

        Assert.Equal(10, rejected.Errors.Count);
        Assert.True(rejected.Truncated);
        Assert.All(rejected.Errors, e => Assert.Equal("savings_year_known", e.Rule));
        Assert.Equal(Enumerable.Range(2, 10).Select(i => (int?)i), rejected.Errors.Select(e => e.Line));
        Assert.Equal(before, temp.Dump());
    }

    [Fact]
    public void Errors_from_files_read_side_by_side_fill_the_limit_in_file_order()
    {
        // The first file is long and breaks only at its end, the second breaks at once: read side by side, the second
        // finishes first, yet the errors kept under the limit are those of reading the files one after another.
        using var temp = ImportFixture.StoreWithBase();
        var good = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"K{i},Kent {i},pct\n"));
        var first = temp.Write("two/a/organisation.csv", "code,name,type\n" + good + "X1\nX2\nX3\n");
        temp.Write("two/b/organisation.csv", "code,name,type\nY1\nY2\nY3\n");

        var rejected = Assert.Throws<ImportRejectedException>(() =>
            new PlanImporter(temp.Store, maxErrors: 5).Import([Path.GetDirectoryName(Path.GetDirectoryName(first))!]));

        Assert.True(rejected.Truncated);
        Assert.Equal(
            ["a:20002", "a:20003", "a:20004", "b:2", "b:3"],
            rejected.Errors.Select(e => $"{Path.GetFileName(Path.GetDirectoryName(e.File))}:{e.Line}"));
        Assert.All(rejected.Errors, e => Assert.Equal("field-count", e.Rule));
    }

    private static void AssertRejected(
        StoreEngine engine,
        string file,
        Func<string, string> change,
        int? line,
        string? column,
        string rule,
        string? message = null,
        bool importBase = false,
        string? errorFile = null,
        (string File, Func<string, string> Change)? alsoChange = null)
    {
        using var temp = importBase ? new TemporaryStore(engine).Initialised() : ImportFixture.StoreWithBase(engine);
        var files = (importBase ? ImportFixture.Base : ImportFixture.Plan).ToDictionary(f => f.Key, f => f.Value);
        Assert.True(files.ContainsKey(file), $"fixture has no {file}");
        files[file] = change(files[file]);
        if (alsoChange is { } also)
        {
            files[also.File] = also.Change(files[also.File]);
        }

        var folder = ImportFixture.Write(temp, files);
        var error = RejectedWith(temp, [folder], errorFile ?? file, line, column, rule);
        if (message is not null)
        {
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Imports, expects rejection with an error at file/line/column/rule, and checks the store did not change.</summary>
    private static ImportError RejectedWith(TemporaryStore temp, IReadOnlyList<string> paths, string file, int? line, string? column, string rule)
    {
        var before = temp.Dump();

        var rejected = Assert.Throws<ImportRejectedException>(() => new PlanImporter(temp.Store).Import(paths));

        var expectedFile = file.Replace('/', Path.DirectorySeparatorChar);
        var error = Assert.Single(rejected.Errors, e => e.Rule == rule);
        Assert.EndsWith(expectedFile, error.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        var printed = error.ToString();
        Assert.Contains(line is null ? $"{expectedFile}:" : $"{expectedFile}:{line}:", printed, StringComparison.Ordinal);
        Assert.Contains($" {rule}: ", printed, StringComparison.Ordinal);
        if (column is not null)
        {
            Assert.Contains($"column '{column}'", printed, StringComparison.Ordinal);
        }

        Assert.Equal(before, temp.Dump());
        return error;
    }
}
