namespace PlanReports.Workbooks;

/// <summary>What a workbook column is for, which decides whether it is locked and whether it is read back.</summary>
internal enum ColumnRole
{
    /// <summary>Identifies the row (a domain code, a PCT code): locked where pre-filled, typed in on added rows, read back.</summary>
    Key,

    /// <summary>Reference text from the store, shown beside the inputs: locked, never read back.</summary>
    Reference,

    /// <summary>A value the organisation enters: unlocked, validated, read back.</summary>
    Input,

    /// <summary>One period of a trajectory (months as columns): unlocked, read back as one row per period.</summary>
    Period,
}
