using System.Globalization;
using System.Text;

namespace PlanReports.Import;

/// <summary>One comparable text for a key's values, the same for a parsed cell and a value read back from the store.</summary>
internal static class KeyText
{
    /// <summary>Separates a composite key's values (a control character no cell holds as a separator).</summary>
    private const char Separator = '\u001f';

    public static string? Of(IEnumerable<object?> values)
    {
        // Most keys are one column: no list, no join.
        if (values is IReadOnlyList<object?> { Count: 1 } single)
        {
            return One(single[0]);
        }

        var text = new StringBuilder();
        var first = true;
        foreach (var value in values)
        {
            // SQL treats a NULL in a key as distinct from everything, so such a key never collides or dangles.
            if (value is null or DBNull)
            {
                return null;
            }

            if (!first)
            {
                text.Append(Separator);
            }

            text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            first = false;
        }

        return text.ToString();
    }

    /// <summary>
    /// The key of the row's values at <paramref name="indexes"/>, as <see cref="Of(IEnumerable{object?})"/> gives it, built
    /// without a list: this runs for every key and foreign key of every row, and a one-column text key is the cell itself.
    /// </summary>
    public static string? Of(object?[] row, int[] indexes)
    {
        if (indexes.Length == 1)
        {
            return One(row[indexes[0]]);
        }

        var length = indexes.Length - 1;
        var allText = true;
        foreach (var index in indexes)
        {
            switch (row[index])
            {
                case null or DBNull:
                    return null;
                case string cell:
                    length += cell.Length;
                    break;
                default:
                    allText = false;
                    break;
            }
        }

        if (allText)
        {
            return string.Create(length, (row, indexes), static (span, key) =>
            {
                var at = 0;
                for (var i = 0; i < key.indexes.Length; i++)
                {
                    if (i > 0)
                    {
                        span[at++] = Separator;
                    }

                    var cell = (string)key.row[key.indexes[i]]!;
                    cell.CopyTo(span[at..]);
                    at += cell.Length;
                }
            });
        }

        var text = new StringBuilder();
        for (var i = 0; i < indexes.Length; i++)
        {
            if (i > 0)
            {
                text.Append(Separator);
            }

            text.Append(Convert.ToString(row[indexes[i]], CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The values at <paramref name="indexes"/>, for messages.</summary>
    public static IEnumerable<object?> At(object?[] row, int[] indexes) => indexes.Select(i => row[i]);

    public static string Display(IEnumerable<object?> values) =>
        string.Join(", ", values.Select(v => "'" + Convert.ToString(v, CultureInfo.InvariantCulture) + "'"));

    private static string? One(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
