namespace PlanReports.Pdf.Layout;

/// <summary>What an element says it would do with the space offered, without doing it.</summary>
internal enum PlanKind
{
    /// <summary>Nothing fits: move to the next page.</summary>
    Nothing,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>All that remains fits.</summary>
    Full,
}

/// <summary>The answer of <see cref="LayoutElement.Measure"/>: the kind of fit and the height it would use.</summary>
internal readonly record struct SpacePlan(PlanKind Kind, double Height)
{
    internal static SpacePlan Nothing { get; } = new(PlanKind.Nothing, 0);

    internal static SpacePlan Full(double height) => new(PlanKind.Full, height);

    internal static SpacePlan Partial(double height) => new(PlanKind.Partial, height);
}
