using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout.Text;

/// <summary>Draws a broken line: badge boxes, text, link underlines and link areas.</summary>
internal static class TextDrawing
{
    internal static void DrawLine(PageCanvas canvas, TextLine line, double x, double top, StructNode? node)
    {
        var baseline = top + line.Baseline;
        var fragments = line.Fragments;
        for (var i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            var target = f.Link?.Node ?? node;
            var textX = x + f.X;
            var style = f.Style;
            if (f.BadgeFill is { } fill)
            {
                var boxTop = baseline - style.Ascent - 1;
                var boxHeight = style.Ascent + style.Descent + 2;
                canvas.Draw(new RectOp(new PageBox(textX, Math.Max(top, boxTop), f.Width, Math.Min(boxHeight, line.Height)), fill, Radius: 2), null);
                textX += TextPiece.BadgePadding;
            }

            if (f.Glyphs.Count > 0)
            {
                canvas.Draw(new TextOp(style.Face, style.Size, style.Colour, textX, baseline, f.Glyphs), node is null ? null : target);
            }

            if (style.Underline && f.Width > 0)
            {
                var y = baseline + (style.Size * 0.12);
                canvas.Draw(new LineOp(textX, y, textX + f.Width, y, style.Colour, style.Size * 0.06), null);
            }

            if (f.Link is not null && f.Width > 0)
            {
                canvas.AddLink(new LinkArea(new PageBox(x + f.X, top, f.Width, line.Height), f.Link.Target, f.Link.Contents, node is null ? null : f.Link.Node));
            }
        }
    }

    /// <summary>The text of shaped glyphs, as a reader copying it would get it.</summary>
    internal static string TextOf(IEnumerable<ShapedGlyph> glyphs) => string.Concat(glyphs.Select(g => g.Text));
}
