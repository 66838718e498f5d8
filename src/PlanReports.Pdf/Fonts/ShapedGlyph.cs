namespace PlanReports.Pdf.Fonts;

/// <summary>One glyph from shaping: its id, its advance in font units (kerning applied) and the text it stands for.</summary>
internal readonly record struct ShapedGlyph(ushort GlyphId, int Advance, string Text);
