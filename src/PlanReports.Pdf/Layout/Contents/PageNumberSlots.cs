using System.Globalization;
using PlanReports.Pdf.Fonts;

namespace PlanReports.Pdf.Layout.Contents;

/// <summary>
/// Draws the page numbers of contents entries once every anchor's page is known, as a small extra content stream
/// on each page that holds entries (as the footer's "Page X of Y" is drawn), so the body pages stream out unchanged.
/// </summary>
internal static class PageNumberSlots
{
    /// <summary>The digits a slot holds: a contents list points into a document of at most 9,999 pages.</summary>
    internal const int Digits = 4;

    /// <summary>The ops of the slots on page <paramref name="page"/>, from <paramref name="next"/> on; returns the next slot index.</summary>
    internal static int Draw(IReadOnlyList<PageNumberSlot> slots, int next, int page, IReadOnlyDictionary<string, Destination> destinations, List<MarkedOp> ops)
    {
        ops.Clear();
        for (; next < slots.Count && slots[next].Page == page; next++)
        {
            var slot = slots[next];
            if (!destinations.TryGetValue(slot.Anchor, out var destination))
            {
                throw new InvalidOperationException(
                    $"A contents entry points to #{slot.Anchor}, but no heading in the document has the id '{slot.Anchor}'.");
            }

            var text = (destination.Page + 1).ToString(CultureInfo.InvariantCulture);
            if (text.Length > Digits)
            {
                throw new InvalidOperationException(
                    $"A contents entry points to page {text}; a contents list holds page numbers of at most {Digits} digits.");
            }

            var shaped = slot.Style.Face.Shape(text);
            var width = shaped.Width(slot.Style.Size);
            var op = new TextOp(slot.Style.Face, slot.Style.Size, slot.Style.Colour, slot.Right - width, slot.Baseline, new GlyphRun([shaped.Glyphs]));
            ops.Add(new MarkedOp(op, slot.Node, slot.Mcid, slot.Node is null ? ArtifactKind.Layout : ArtifactKind.None));
        }

        return next;
    }

    /// <summary>The width of the widest number a slot can hold, so every entry's leaders stop at the same place.</summary>
    internal static double Width(Text.TextStyle style)
    {
        var widest = "0123456789".Max(d => style.Face.Shape(new string(d, 1)).Width(style.Size));
        return widest * Digits;
    }
}
