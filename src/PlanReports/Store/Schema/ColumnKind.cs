namespace PlanReports.Store.Schema;

/// <summary>How a text cell is turned into a value for a column.</summary>
internal enum ColumnKind
{
    /// <summary>Kept as text.</summary>
    Text,

    /// <summary>A whole number (INTEGER affinity).</summary>
    Integer,

    /// <summary>A decimal number with '.' as separator (REAL affinity).</summary>
    Real,

    /// <summary>An ISO <c>YYYY-MM-DD</c> date held as text (see <see cref="DateColumns"/>).</summary>
    Date,
}
