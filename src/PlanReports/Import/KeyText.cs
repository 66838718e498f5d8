using System.Globalization;
using System.Text;

namespace PlanReports.Import;

/// <summary>One comparable text for a key's values, the same for a parsed cell and a value read back from the store.</summary>
internal static class KeyText
{
    public static string? Of(IEnumerable<object?> values)
    {
        // Most keys are one column: no list, no join (this runs for every key and foreign key of every row).
        if (values is IReadOnlyList<object?> { Count: 1 } single)
        {
            return single[0] is null or DBNull ? null : Convert.ToString(single[0], CultureInfo.InvariantCulture) ?? string.Empty;
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
                text.Append('\u001f');
            }

            text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            first = false;
        }

        return text.ToString();
    }

    public static string Display(IEnumerable<object?> values) =>
        string.Join(", ", values.Select(v => "'" + Convert.ToString(v, CultureInfo.InvariantCulture) + "'"));
}
