using System.Text;
using PlanReports.Documents.Model;
using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>
/// Turns a page's ops into a content stream: every run of ops of one structure element is one marked-content
/// sequence (/P &lt;&lt;/MCID n&gt;&gt; BDC … EMC); everything else is an /Artifact.
/// </summary>
internal sealed class ContentStreamBuilder
{
    // Bézier control-point factor for a quarter circle.
    private const double Kappa = 0.5523;

    private readonly StringBuilder sb = new();
    private readonly FontResources fonts;
    private readonly double pageHeight;

    internal ContentStreamBuilder(FontResources fonts, double pageHeight)
    {
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    internal byte[] Build(IReadOnlyList<MarkedOp> ops)
    {
        sb.Clear();
        var open = false;
        MarkedOp? previous = null;
        foreach (var op in ops)
        {
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

        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private void Begin(MarkedOp op)
    {
        switch (op.Artifact)
        {
            case ArtifactKind.None:
                sb.Append('/').Append(op.Node!.Type).Append(" <</MCID ").Append(PdfSyntax.Integer(op.Mcid)).Append(">> BDC\n");
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
            default:
                throw new NotSupportedException($"No PDF drawing for {op.GetType().Name}.");
        }
    }

    private void Text(TextOp op)
    {
        var face = op.Face;
        Colour(op.Colour, fill: true);
        sb.Append("BT /").Append(fonts.NameOf(face)).Append(' ').Append(N(op.Size)).Append(" Tf ")
            .Append(N(op.X)).Append(' ').Append(N(pageHeight - op.Baseline)).Append(" Td [<");
        foreach (var g in op.Glyphs)
        {
            AppendHex(g.GlyphId);
            var kerning = face.DefaultAdvance(g.GlyphId) - g.Advance;
            if (kerning != 0)
            {
                // TJ numbers are thousandths of an em, subtracted from the position: the shaped advance wins.
                sb.Append('>').Append(N(kerning * 1000.0 / face.UnitsPerEm)).Append('<');
            }
        }

        sb.Append(">] TJ ET\n");
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
            sb.Append(N(op.LineWidth)).Append(" w ");
        }

        var x = b.X;
        var y = pageHeight - b.Bottom;
        var r = Math.Min(op.Radius, Math.Min(b.Width, b.Height) / 2);
        if (r > 0)
        {
            var k = r * Kappa;
            var right = x + b.Width;
            var top = y + b.Height;
            sb.Append(N(x + r)).Append(' ').Append(N(y)).Append(" m ")
                .Append(N(right - r)).Append(' ').Append(N(y)).Append(" l ")
                .Append(N(right - r + k)).Append(' ').Append(N(y)).Append(' ').Append(N(right)).Append(' ').Append(N(y + r - k)).Append(' ').Append(N(right)).Append(' ').Append(N(y + r)).Append(" c ")
                .Append(N(right)).Append(' ').Append(N(top - r)).Append(" l ")
                .Append(N(right)).Append(' ').Append(N(top - r + k)).Append(' ').Append(N(right - r + k)).Append(' ').Append(N(top)).Append(' ').Append(N(right - r)).Append(' ').Append(N(top)).Append(" c ")
                .Append(N(x + r)).Append(' ').Append(N(top)).Append(" l ")
                .Append(N(x + r - k)).Append(' ').Append(N(top)).Append(' ').Append(N(x)).Append(' ').Append(N(top - r + k)).Append(' ').Append(N(x)).Append(' ').Append(N(top - r)).Append(" c ")
                .Append(N(x)).Append(' ').Append(N(y + r)).Append(" l ")
                .Append(N(x)).Append(' ').Append(N(y + r - k)).Append(' ').Append(N(x + r - k)).Append(' ').Append(N(y)).Append(' ').Append(N(x + r)).Append(' ').Append(N(y)).Append(" c h ");
        }
        else
        {
            sb.Append(N(x)).Append(' ').Append(N(y)).Append(' ').Append(N(b.Width)).Append(' ').Append(N(b.Height)).Append(" re ");
        }

        sb.Append(op.Fill is not null && op.Stroke is not null ? "B" : op.Fill is not null ? "f" : "S").Append('\n');
    }

    private void Line(LineOp op)
    {
        Colour(op.Colour, fill: false);
        sb.Append(N(op.LineWidth)).Append(" w ");
        if (op.Dashed)
        {
            sb.Append("[3 2] 0 d ");
        }

        sb.Append(N(op.X1)).Append(' ').Append(N(pageHeight - op.Y1)).Append(" m ")
            .Append(N(op.X2)).Append(' ').Append(N(pageHeight - op.Y2)).Append(" l S");
        sb.Append(op.Dashed ? " [] 0 d\n" : "\n");
    }

    private void Colour(Colour c, bool fill)
    {
        sb.Append(N(c.R / 255.0)).Append(' ').Append(N(c.G / 255.0)).Append(' ').Append(N(c.B / 255.0)).Append(fill ? " rg " : " RG ");
    }

    private static string N(double v) => PdfSyntax.Number(v);

    private void AppendHex(ushort value)
    {
        const string digits = "0123456789ABCDEF";
        sb.Append(digits[(value >> 12) & 0xF]).Append(digits[(value >> 8) & 0xF]).Append(digits[(value >> 4) & 0xF]).Append(digits[value & 0xF]);
    }
}
