namespace PlanReports.Store.Schema;

/// <summary>A primary key or UNIQUE constraint: no two rows may share these columns' values.</summary>
/// <param name="Columns">The key's columns.</param>
/// <param name="IsPrimaryKey">True for the primary key.</param>
internal sealed record UniqueKeySchema(IReadOnlyList<string> Columns, bool IsPrimaryKey)
{
    /// <summary>The rule name errors use: <c>duplicate-primary-key</c> or <c>duplicate-unique-key</c>.</summary>
    public string Rule => IsPrimaryKey ? "duplicate-primary-key" : "duplicate-unique-key";
}
