using PlanReports.Import;

namespace PlanReports.Tests.Workbooks;

/// <summary>
/// Every rule a filled workbook can break is reported as <c>file: Sheet!C12: column 'x': rule: detail</c>, all
/// errors in one pass, and the store is left exactly as it was.
/// </summary>
[Collection(WorkbookCollection.Name)]
public sealed class WorkbookRejectionTests(WorkbookStore store)
{
    [Fact]
    public void A_rag_rating_outside_the_list_is_rejected_at_its_cell() =>
        AssertRejected("C01", e => e.Text("Domains", "C5", "purple"),
            "Domains!C5: column 'rag': list: 'purple' is not in the rag rating list: red, amber, green");

    [Fact]
    public void A_percentage_above_100_is_rejected_at_its_month() =>
        AssertRejected("C01", e => e.Number("Trajectories", "H5", 150),
            "Trajectories!H5: column 'planned_value': range: 150 is outside the range 0 to 100");

    [Fact]
    public void A_standard_the_indicator_does_not_have_is_rejected_at_its_cell() =>
        AssertRejected("C01", e => e.Number("Trajectories", "F5", 3),
            "Trajectories!F5: column 'standard_position': standard-position: 3 is not a national standard of indicator QUAL-01; its standards are positions 1, 2 in indicator_standard");

    [Fact]
    public void Text_in_a_number_cell_is_rejected() =>
        AssertRejected("C01", e => e.Text("Savings", "B5", "about 60m"),
            "Savings!B5: column 'amount_k': not-a-number: 'about 60m' is not a number");

    [Fact]
    public void A_fraction_in_a_whole_number_cell_is_rejected() =>
        AssertRejected("HWB001", e => e.Number("Risks", "C5", 2.5),
            "Risks!C5: column 'likelihood': not-an-integer: '2.5' is not a whole number");

    [Fact]
    public void A_risk_score_above_5_is_rejected() =>
        AssertRejected("HWB001", e => e.Number("Risks", "D6", 7),
            "Risks!D6: column 'impact': range: 7 is outside the range 1 to 5");

    [Fact]
    public void A_date_outside_the_round_is_rejected() =>
        AssertRejected("HWB001", e => e.Date("Sign-offs", "E5", new DateOnly(2020, 1, 31)),
            "'Sign-offs'!E5: column 'signed_on': date-in-round: 2020-01-31 is outside the round, 2014-01-01 to 2016-03-31");

    [Fact]
    public void Text_that_is_not_a_date_is_rejected() =>
        AssertRejected("C01", e => e.Text("Public health", "H6", "next spring"),
            "'Public health'!H6: column 'action_due': not-a-date: 'next spring' is not a date; enter a date such as 2012-01-01");

    [Fact]
    public void A_changed_heading_is_rejected() =>
        AssertRejected("C01", e => e.Text("Domains", "C4", "Rating"),
            "Domains!C4: column 'rag': header: expected the heading 'RAG', found 'Rating'; do not change the columns");

    [Fact]
    public void An_empty_required_cell_is_rejected_by_the_store_rule_at_its_cell() =>
        AssertRejected("C01", e => e.Text("Domains", "D6", null),
            "Domains!D6: column 'commentary': not-null: domain_rating.commentary must have a value");

    [Fact]
    public void A_due_quarter_in_the_wrong_form_breaks_the_check_constraint_at_its_cell() =>
        AssertRejected("C01", e => e.Text("Milestones", "I5", "Q2 2012"),
            "Milestones!I5: column 'due_quarter': milestone_quarter_format: due_quarter = 'Q2 2012' breaks CHECK");

    [Fact]
    public void An_unknown_owner_code_is_a_foreign_key_error_at_its_cell() =>
        AssertRejected("C01", e => e.Text("Milestones", "F5", "XYZ"),
            "Milestones!F5: column 'owner_code': foreign-key: 'XYZ' is not a known organisation (code) in this import or the store");

    [Fact]
    public void An_added_scheme_reusing_a_number_is_a_duplicate_key_at_its_cell() =>
        AssertRejected("HWB001", e => e
                .Number("Schemes", "A13", 1).Text("Schemes", "B13", "Falls prevention").Text("Schemes", "C13", "Strength and balance classes.")
                .Text("Schemes", "D13", "HWB001").Number("Schemes", "E13", 1000).Number("Schemes", "F13", 2000).Text("Schemes", "G13", "Fewer falls."),
            "Schemes!A13: column 'hwb_code, position': duplicate-primary-key: bcf_scheme (hwb_code, position) = ('HWB001', '1') already given on Schemes!5:5");

    [Fact]
    public void Errors_on_several_sheets_are_all_reported_in_one_pass_in_sheet_order() =>
        AssertRejected("C01", e => e
                .Text("Domains", "C5", "purple")
                .Text("Savings", "B6", "n/a")
                .Number("Trajectories", "I5", -3)
                .Text("Milestones", "I6", "soon"),
            "Trajectories!I5: column 'planned_value': range: -3 is outside the range 0 to 100",
            "Savings!B6: column 'amount_k': not-a-number: 'n/a' is not a number",
            "Milestones!I6: column 'due_quarter': milestone_quarter_format: due_quarter = 'soon' breaks CHECK",
            "Domains!C5: column 'rag': list: 'purple' is not in the rag rating list: red, amber, green");

    [Fact]
    public void A_workbook_naming_the_wrong_kind_is_rejected_at_the_instructions() =>
        AssertRejected("C01", e => e.Text("Instructions", "B9", "bcf-plan"),
            "Instructions!B4:B9: not-a-template: the workbook says it is a 'bcf-plan' but 'C01' fills in a 'pct-cluster-plan'");

    [Fact]
    public void A_workbook_for_an_organisation_not_in_the_store_is_rejected_at_the_instructions() =>
        AssertRejected("HWB001", e => e.Text("Instructions", "B5", "HWB999"),
            "Instructions!B4:B9: not-a-template: no organisation 'HWB999' in the store");

    [Fact]
    public void A_file_that_is_not_a_workbook_is_rejected()
    {
        var path = Path.Combine(store.Folder, "plan.xlsx");
        File.WriteAllText(path, "code,name\nC01,North of Tyne\n");

        var rejected = Assert.Throws<ImportRejectedException>(() => store.Import(path));

        Assert.StartsWith($"{path}: not-a-workbook: the file cannot be read as an .xlsx workbook", Assert.Single(rejected.Errors).ToString(), StringComparison.Ordinal);
    }

    private void AssertRejected(string organisation, Action<WorkbookEditor> edit, params string[] expected)
    {
        var path = store.Template(organisation, $"{organisation}-{Guid.NewGuid():N}.xlsx");
        using (var editor = new WorkbookEditor(path))
        {
            edit(editor);
        }

        var before = store.Dump();
        var rejected = Assert.Throws<ImportRejectedException>(() => store.Import(path));

        var found = rejected.Errors.Select(e => e.ToString()).ToList();
        Assert.True(found.Count == expected.Length, string.Join("\n", found));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(found[i].StartsWith($"{path}: {expected[i]}", StringComparison.Ordinal), $"expected: {expected[i]}\nfound:    {found[i]}");
        }

        Assert.Equal(before, store.Dump());
    }
}
