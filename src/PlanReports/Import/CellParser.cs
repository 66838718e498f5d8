using System.Globalization;
using PlanReports.Store.Schema;

namespace PlanReports.Import;

/// <summary>Turns a text cell into the value its column holds, or says which rule it breaks.</summary>
internal static class CellParser
{
    public static bool TryParse(ColumnSchema column, string text, out object? value, out (string Rule, string Message) failure)
    {
        failure = default;
        value = null;
        switch (column.Kind)
        {
            case ColumnKind.Integer:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    value = whole;
                    return true;
                }

                failure = ("not-an-integer", $"'{text}' is not a whole number");
                return false;

            case ColumnKind.Real:
                if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                    && double.IsFinite(number))
                {
                    value = number;
                    return true;
                }

                failure = ("not-a-number", $"'{text}' is not a number (use '.' for decimals and no thousands separators)");
                return false;

            case ColumnKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    value = text;
                    return true;
                }

                failure = ("not-a-date", $"'{text}' is not an ISO date YYYY-MM-DD");
                return false;

            default:
                value = text;
                return true;
        }
    }
}
