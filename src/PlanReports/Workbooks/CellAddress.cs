using System.Globalization;

namespace PlanReports.Workbooks;

/// <summary>A1-style cell addresses, as errors and defined names show them.</summary>
internal static class CellAddress
{
    /// <summary>The column letters of a 0-based column index: 0 → A, 26 → AA.</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The 0-based column index of an address's letters (<c>C12</c> → 2), and its 1-based row.</summary>
    public static (int Column, int Row) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return (column - 1, int.Parse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary><c>C12</c>.</summary>
    public static string Of(int column, int row) => string.Create(CultureInfo.InvariantCulture, $"{Column(column)}{row}");

    /// <summary>A sheet name as a reference writes it: quoted when it holds anything but letters, digits and underscores.</summary>
    public static string Sheet(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary><c>'Public health'!$A$5:$H$80</c>, for defined names.</summary>
    public static string Range(string sheet, int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sheet(sheet)}!${Column(firstColumn)}${firstRow}:${Column(lastColumn)}${lastRow}");

    /// <summary><c>Instructions!$B$5</c>, for a defined name of one cell.</summary>
    public static string Absolute(string sheet, int column, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sheet(sheet)}!${Column(column)}${row}");
}
