using System.Globalization;

namespace PlanReports.Import;

/// <summary>One comparable text for a key's values, the same for a parsed cell and a value read back from the store.</summary>
internal static class KeyText
{
    public static string? Of(IEnumerable<object?> values)
    {
        var parts = new List<string>();
        foreach (var value in values)
        {
            // SQL treats a NULL in a key as distinct from everything, so such a key never collides or dangles.
            if (value is null or DBNull)
            {
                return null;
            }

            parts.Add(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return string.Join('\u001f', parts);
    }

    public static string Display(IEnumerable<object?> values) =>
        string.Join(", ", values.Select(v => "'" + Convert.ToString(v, CultureInfo.InvariantCulture) + "'"));
}
