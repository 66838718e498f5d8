using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>Chart drawing: paths of straight segments with dash patterns, and circles as four Bézier quarters.</summary>
internal sealed partial class ContentStreamBuilder
{
    private void Path(PathOp op)
    {
        if (op.Points.Count == 0)
        {
            return;
        }

        if (op.Fill is { } fill)
        {
            Colour(fill, fill: true);
        }

        if (op.Stroke is { } stroke)
        {
            Colour(stroke, fill: false);
            sb.Num(op.LineWidth).Append(" w ");
            if (op.Dash.Count > 0)
            {
                sb.Append('[');
                for (var i = 0; i < op.Dash.Count; i++)
                {
                    sb.Append(i > 0 ? " " : string.Empty).Num(op.Dash[i]);
                }

                sb.Append("] 0 d ");
            }
        }

        for (var i = 0; i < op.Points.Count; i++)
        {
            sb.Num(op.Points[i].X).Append(' ').Num(pageHeight - op.Points[i].Y).Append(i == 0 ? " m " : " l ");
        }

        var paint = (op.Fill, op.Stroke) switch
        {
            (not null, not null) => op.Closed ? "b" : "B",
            (not null, null) => "f",
            _ => op.Closed ? "s" : "S",
        };
        sb.Append(paint);
        sb.Append(op.Stroke is not null && op.Dash.Count > 0 ? " [] 0 d\n" : "\n");
    }

    private void Circle(CircleOp op)
    {
        Colour(op.Fill, fill: true);
        var (x, y, r) = (op.X, pageHeight - op.Y, op.Radius);
        var k = r * Kappa;
        sb.Num(x + r).Append(' ').Num(y).Append(" m ")
            .Num(x + r).Append(' ').Num(y + k).Append(' ').Num(x + k).Append(' ').Num(y + r).Append(' ').Num(x).Append(' ').Num(y + r).Append(" c ")
            .Num(x - k).Append(' ').Num(y + r).Append(' ').Num(x - r).Append(' ').Num(y + k).Append(' ').Num(x - r).Append(' ').Num(y).Append(" c ")
            .Num(x - r).Append(' ').Num(y - k).Append(' ').Num(x - k).Append(' ').Num(y - r).Append(' ').Num(x).Append(' ').Num(y - r).Append(" c ")
            .Num(x + k).Append(' ').Num(y - r).Append(' ').Num(x + r).Append(' ').Num(y - k).Append(' ').Num(x + r).Append(' ').Num(y).Append(" c f\n");
    }
}
