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
    /// A composite key is written into a stack buffer (numbers formatted in place, not boxed into text first) and becomes
    /// one string; only a key too long for the buffer, or holding a value of another type, takes the general way.
    /// </summary>
    public static string? Of(object?[] row, int[] indexes)
    {
        if (indexes.Length == 1)
        {
            return One(row[indexes[0]]);
        }

        Span<char> buffer = stackalloc char[256];
        var at = 0;
        for (var i = 0; i < indexes.Length; i++)
        {
            var value = row[indexes[i]];

            // SQL treats a NULL in a key as distinct from everything, so such a key never collides or dangles.
            if (value is null or DBNull)
            {
                return null;
            }

            // Once the buffer is given up, only a NULL further on still changes the answer.
            if (at < 0)
            {
                continue;
            }

            if (i > 0)
            {
                if (at == buffer.Length)
                {
                    at = -1;
                    continue;
                }

                buffer[at++] = Separator;
            }

            at = Write(value, buffer, at);
        }

        return at >= 0 ? new string(buffer[..at]) : Joined(row, indexes);
    }

    /// <summary>The values at <paramref name="indexes"/>, for messages.</summary>
    public static IEnumerable<object?> At(object?[] row, int[] indexes) => indexes.Select(i => row[i]);

    public static string Display(IEnumerable<object?> values) =>
        string.Join(", ", values.Select(v => "'" + Convert.ToString(v, CultureInfo.InvariantCulture) + "'"));

    /// <summary>
    /// Writes the value's text (that of <see cref="Convert.ToString(object?, IFormatProvider?)"/>) at <paramref name="at"/>
    /// and returns where it ends, or -1 when it does not fit or is not a text or number.
    /// </summary>
    private static int Write(object value, Span<char> buffer, int at)
    {
        var rest = buffer[at..];
        int written;
        switch (value)
        {
            case string text:
                return text.TryCopyTo(rest) ? at + text.Length : -1;
            case long whole:
                return whole.TryFormat(rest, out written, default, CultureInfo.InvariantCulture) ? at + written : -1;
            case double number:
                return number.TryFormat(rest, out written, default, CultureInfo.InvariantCulture) ? at + written : -1;
            case int whole:
                return whole.TryFormat(rest, out written, default, CultureInfo.InvariantCulture) ? at + written : -1;
            default:
                return -1;
        }
    }

    /// <summary>The general way, for any value: each converted to text and joined.</summary>
    private static string Joined(object?[] row, int[] indexes)
    {
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

    private static string? One(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
