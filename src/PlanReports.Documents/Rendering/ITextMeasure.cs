namespace PlanReports.Documents.Rendering;

/// <summary>
/// How wide a piece of text is in the document's font. The PDF renderer measures with the fonts it embeds; it lends
/// the same measure to the DOCX renderer (Arial and Liberation Sans share their metrics), so both size table
/// columns from one computation.
/// </summary>
public interface ITextMeasure
{
    /// <summary>
    /// The width in points of <paramref name="text"/> set in <paramref name="size"/> pt, not counting spaces at its
    /// end (a word is measured with the spaces that follow it, as line breakers cut it, and those spaces may end a line).
    /// </summary>
    double Width(string text, bool bold, double size);

    /// <summary>The width of a piece of a longer text (a word in place), as <see cref="Width(string, bool, double)"/> would give it.</summary>
    double Width(ReadOnlySpan<char> text, bool bold, double size) => Width(text.ToString(), bold, size);

    /// <summary>
    /// The width of the widest word of <paramref name="text"/> (words as <see cref="TextWords"/> cuts them), each as
    /// <see cref="Width(ReadOnlySpan{char}, bool, double)"/> gives it: what a table column must leave room for. A
    /// measure may remember the answer, since tables repeat the same cell texts.
    /// </summary>
    double WidestWord(string text, bool bold, double size) => TextWords.Widest(text, this, bold, size);
}
