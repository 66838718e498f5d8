namespace PlanReports.Pdf.Layout;

/// <summary>A rectangle in layout coordinates (points, origin top-left, y downwards).</summary>
internal readonly record struct PageBox(double X, double Y, double Width, double Height)
{
    internal double Right => X + Width;

    internal double Bottom => Y + Height;

    /// <summary>True when this box lies inside <paramref name="outer"/>, allowing for rounding.</summary>
    internal bool IsInside(PageBox outer) =>
        X >= outer.X - 0.01 && Y >= outer.Y - 0.01 && Right <= outer.Right + 0.01 && Bottom <= outer.Bottom + 0.01;

    internal PageBox Union(PageBox other)
    {
        var x = Math.Min(X, other.X);
        var y = Math.Min(Y, other.Y);
        return new PageBox(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }
}
