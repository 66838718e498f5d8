using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Turns a page's ops into a content stream: every run of ops of one structure element is one marked-content
/// sequence (/P &lt;&lt;/MCID n&gt;&gt; BDC … EMC); everything else is an /Artifact.
/// </summary>
internal sealed partial class ContentStreamBuilder
{
    // Bézier control-point factor for a quarter circle.
    private const double Kappa = 0.5523;

    private readonly AsciiBuilder sb = new();
    private readonly FontResources fonts;
    private readonly double pageHeight;
    private Colour? fillColour;
    private Colour? strokeColour;

    internal ContentStreamBuilder(FontResources fonts, double pageHeight)
    {
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    /// <summary>The content stream; the memory is reused by the next call.</summary>
    internal ReadOnlySpan<byte> Build(IReadOnlyList<MarkedOp> ops)
    {
        sb.Clear();
        fillColour = null;
        strokeColour = null;
        var open = false;
        MarkedOp? previous = null;
        // Index loops: a foreach over an IReadOnlyList boxes an enumerator per page and per text op.
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (previous is not { } p || p.Mcid != op.Mcid || p.Artifact != op.Artifact)
            {
                if (open)
                {
                    sb.Append("EMC\n");
                }

                Begin(op);
                open = true;
            }

            Draw(op.Op);
            previous = op;
        }

        if (open)
        {
            sb.Append("EMC\n");
        }

        return sb.Written;
    }

    private void Begin(MarkedOp op)
    {
        switch (op.Artifact)
        {
            case ArtifactKind.None:
                sb.Append('/').Append(op.Node!.Type).Append(" <</MCID ").Append(op.Mcid).Append(">> BDC\n");
                break;
            case ArtifactKind.Header:
                sb.Append("/Artifact <</Type /Pagination /Subtype /Header>> BDC\n");
                break;
            case ArtifactKind.Footer:
                sb.Append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n");
                break;
            default:
                sb.Append("/Artifact BMC\n");
                break;
        }
    }

    private void Draw(DrawOp op)
    {
        switch (op)
        {
            case TextOp text:
                Text(text);
                break;
            case RectOp rect:
                Rect(rect);
                break;
            case LineOp line:
                Line(line);
                break;
            case PathOp path:
                Path(path);
                break;
            case CircleOp circle:
                Circle(circle);
                break;
            default:
                throw new NotSupportedException($"No PDF drawing for {op.GetType().Name}.");
        }
    }

    private void Text(TextOp op)
    {
        var face = op.Face;
        fonts.Use(face, op.Glyphs);
        Colour(op.Colour, fill: true);
        sb.Append("BT /").Append(fonts.NameOf(face)).Append(' ').Num(op.Size).Append(" Tf ")
            .Num(op.X).Append(' ').Num(pageHeight - op.Baseline).Append(" Td [(");
        foreach (var part in op.Glyphs.Parts)
        {
            foreach (var g in part)
            {
                AppendCode((byte)(g.GlyphId >> 8));
                AppendCode((byte)g.GlyphId);
                var kerning = face.DefaultAdvance(g.GlyphId) - g.Advance;
                if (kerning != 0)
                {
                    // TJ numbers are thousandths of an em, subtracted from the position: the shaped advance wins.
                    sb.Append(')').Num(kerning * 1000.0 / face.UnitsPerEm).Append('(');
                }
            }
        }

        sb.Append(")] TJ ET\n");
    }

    private void Rect(RectOp op)
    {
        var b = op.Box;
        if (op.Fill is { } fill)
        {
            Colour(fill, fill: true);
        }

        if (op.Stroke is { } stroke)
        {
            Colour(stroke, fill: false);
            sb.Num(op.LineWidth).Append(" w ");
        }

        var x = b.X;
        var y = pageHeight - b.Bottom;
        var r = Math.Min(op.Radius, Math.Min(b.Width, b.Height) / 2);
        if (r > 0)
        {
            var k = r * Kappa;
            var right = x + b.Width;
            var top = y + b.Height;
            sb.Num(x + r).Append(' ').Num(y).Append(" m ")
                .Num(right - r).Append(' ').Num(y).Append(" l ")
                .Num(right - r + k).Append(' ').Num(y).Append(' ').Num(right).Append(' ').Num(y + r - k).Append(' ').Num(right).Append(' ').Num(y + r).Append(" c ")
                .Num(right).Append(' ').Num(top - r).Append(" l ")
                .Num(right).Append(' ').Num(top - r + k).Append(' ').Num(right - r + k).Append(' ').Num(top).Append(' ').Num(right - r).Append(' ').Num(top).Append(" c ")
                .Num(x + r).Append(' ').Num(top).Append(" l ")
                .Num(x + r - k).Append(' ').Num(top).Append(' ').Num(x).Append(' ').Num(top - r + k).Append(' ').Num(x).Append(' ').Num(top - r).Append(" c ")
                .Num(x).Append(' ').Num(y + r).Append(" l ")
                .Num(x).Append(' ').Num(y + r - k).Append(' ').Num(x + r - k).Append(' ').Num(y).Append(' ').Num(x + r).Append(' ').Num(y).Append(" c h ");
        }
        else
        {
            sb.Num(x).Append(' ').Num(y).Append(' ').Num(b.Width).Append(' ').Num(b.Height).Append(" re ");
        }

        sb.Append(op.Fill is not null && op.Stroke is not null ? "B" : op.Fill is not null ? "f" : "S").Append('\n');
    }

    private void Line(LineOp op)
    {
        Colour(op.Colour, fill: false);
        sb.Num(op.LineWidth).Append(" w ");
        if (op.Dashed)
        {
            sb.Append("[3 2] 0 d ");
        }

        sb.Num(op.X1).Append(' ').Num(pageHeight - op.Y1).Append(" m ")
            .Num(op.X2).Append(' ').Num(pageHeight - op.Y2).Append(" l S");
        sb.Append(op.Dashed ? " [] 0 d\n" : "\n");
    }

    private void Colour(Colour c, bool fill)
    {
        // The colour is set only when it changes: most runs of text share one.
        if (fill ? c == fillColour : c == strokeColour)
        {
            return;
        }

        sb.Num(c.R / 255.0).Append(' ').Num(c.G / 255.0).Append(' ').Num(c.B / 255.0).Append(fill ? " rg " : " RG ");
        if (fill)
        {
            fillColour = c;
        }
        else
        {
            strokeColour = c;
        }
    }

    /// <summary>
    /// One byte of a two-byte glyph code in a literal string: half the size of hex, so there is half as much to
    /// compress. The string delimiters and backslash are escaped, and CR, which a reader would turn into LF.
    /// </summary>
    private void AppendCode(byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                sb.Append('\\').Append((char)value);
                break;
            case (byte)'\r':
                sb.Append("\\r");
                break;
            default:
                sb.Append((char)value);
                break;
        }
    }
}
