using PlanReports.Store.Schema;

namespace PlanReports.Tests.Store;

public sealed class CheckConstraintParserTests
{
    [Fact]
    public void Named_and_unnamed_checks_are_found_with_their_columns_and_comments_are_ignored()
    {
        const string sql = """
            CREATE TABLE t (
                a TEXT NOT NULL CONSTRAINT a_known CHECK (a IN ('x', 'y -- not a comment', ')')), -- a comment with CHECK (b)
                b INTEGER CHECK (b BETWEEN 1 AND 5),
                c REAL, /* CHECK (c > 0) is commented out */
                CONSTRAINT "b and c" CHECK ((b IS NULL) = (c IS NULL))
            )
            """;

        var checks = CheckConstraintParser.Parse("t", sql, ["a", "b", "c"]);

        Assert.Equal(["a_known", "t_check_2", "b and c"], checks.Select(c => c.Name));
        Assert.Equal("a IN ('x', 'y -- not a comment', ')')", checks[0].Expression);
        Assert.Equal(["a"], checks[0].Columns);
        Assert.Equal(["b"], checks[1].Columns);
        Assert.Equal(["b", "c"], checks[2].Columns);
    }
}
