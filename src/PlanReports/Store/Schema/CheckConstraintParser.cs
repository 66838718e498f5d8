using System.Globalization;
using System.Text;

namespace PlanReports.Store.Schema;

/// <summary>
/// Finds the CHECK constraints in a CREATE TABLE statement as SQLite keeps it in <c>sqlite_master</c>
/// (comments included). SQLite has no pragma that lists them, and the importer needs their names and
/// expressions to say which rule a value breaks.
/// </summary>
internal static class CheckConstraintParser
{
    public static IReadOnlyList<CheckConstraintSchema> Parse(string table, string createSql, IReadOnlyList<string> columns)
    {
        var sql = WithoutComments(createSql);
        var words = Words(sql);
        var checks = new List<CheckConstraintSchema>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Text.Equals("CHECK", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var open = sql.IndexOf('(', words[i].End);
            var close = MatchingParenthesis(sql, open);
            var expression = sql[(open + 1)..close].Trim();
            var name = i >= 2 && words[i - 2].Text.Equals("CONSTRAINT", StringComparison.OrdinalIgnoreCase)
                ? Unquote(words[i - 1].Text)
                : string.Create(CultureInfo.InvariantCulture, $"{table}_check_{checks.Count + 1}");
            var mentioned = Words(expression).Select(w => Unquote(w.Text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            checks.Add(new CheckConstraintSchema(name, expression, columns.Where(mentioned.Contains).ToList()));
        }

        return checks;
    }

    /// <summary>Replaces comments with spaces, leaving string literals (which may hold "--") alone.</summary>
    private static string WithoutComments(string sql)
    {
        var result = new StringBuilder(sql.Length);
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c is '\'' or '"')
            {
                var end = EndOfQuoted(sql, i);
                result.Append(sql, i, end - i + 1);
                i = end;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n')
                {
                    result.Append(' ');
                    i++;
                }

                if (i < sql.Length)
                {
                    result.Append('\n');
                }
            }
            else if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? sql.Length - 1 : end + 1;
                result.Append(' ', end - i + 1);
                i = end;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static int EndOfQuoted(string sql, int start)
    {
        var quote = sql[start];
        for (var i = start + 1; i < sql.Length; i++)
        {
            if (sql[i] != quote)
            {
                continue;
            }

            // A doubled quote is an escaped quote inside the literal.
            if (i + 1 < sql.Length && sql[i + 1] == quote)
            {
                i++;
                continue;
            }

            return i;
        }

        return sql.Length - 1;
    }

    private static int MatchingParenthesis(string sql, int open)
    {
        var depth = 0;
        for (var i = open; i < sql.Length; i++)
        {
            switch (sql[i])
            {
                case '\'' or '"':
                    i = EndOfQuoted(sql, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        throw new InvalidOperationException("Unbalanced parentheses in a CHECK constraint of the schema.");
    }

    /// <summary>Bare and double-quoted identifiers or keywords outside string literals.</summary>
    private static List<(string Text, int End)> Words(string sql)
    {
        var words = new List<(string, int)>();
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c == '\'')
            {
                i = EndOfQuoted(sql, i);
            }
            else if (c == '"')
            {
                var end = EndOfQuoted(sql, i);
                words.Add((sql[i..(end + 1)], end + 1));
                i = end;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i + 1 < sql.Length && (char.IsLetterOrDigit(sql[i + 1]) || sql[i + 1] == '_'))
                {
                    i++;
                }

                words.Add((sql[start..(i + 1)], i + 1));
            }
            else if (char.IsDigit(c))
            {
                // Skip numbers so "1e5" or "0x1F" are not read as identifiers.
                while (i + 1 < sql.Length && char.IsLetterOrDigit(sql[i + 1]))
                {
                    i++;
                }
            }
        }

        return words;
    }

    private static string Unquote(string word) =>
        word.Length >= 2 && word[0] == '"' ? word[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : word;
}
