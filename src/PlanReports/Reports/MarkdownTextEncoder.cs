using System.Text;
using System.Text.Encodings.Web;

namespace PlanReports.Reports;

/// <summary>
/// Escapes every value a template writes with <c>{{ … }}</c> so data reads as text, never as Markdown: a
/// commentary holding "*", "|", "&lt;" or "#" cannot start emphasis, split a table cell, be taken for raw HTML or
/// become a heading; line breaks in data become spaces so a value cannot end a table row or start a block.
/// Literal template text is not touched. <c>| raw</c> bypasses it, for values that are Markdown on purpose.
/// </summary>
internal sealed class MarkdownTextEncoder : TextEncoder
{
    public static MarkdownTextEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 2;

    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        output.Write(Escape(value.AsSpan(startIndex, characterCount)));
    }

    public override string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Escape(value);
    }

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (NeedsEscape(text[i]) || IsOrderedListMark(new ReadOnlySpan<char>(text, textLength), i))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escaped = Escape(char.ConvertFromUtf32(unicodeScalar));
        if (escaped.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < escaped.Length; i++)
        {
            buffer[i] = escaped[i];
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 128 && NeedsEscape((char)unicodeScalar);

    /// <summary>The text with Markdown punctuation backslash-escaped and line breaks turned into spaces.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                sb.Append(' ');
                continue;
            }

            if (NeedsEscape(c) || IsOrderedListMark(text, i))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // Characters that can open or close Markdown syntax anywhere in a line, or a quoted component argument such as
    // indicator="…" (CommonMark allows escaping any of them, and the escape reads as the character).
    private static bool NeedsEscape(char c) => c is '\\' or '"' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>'
        or '#' or '+' or '-' or '!' or '|' or '~' or '&' or ':' or '=';

    // A value such as "1. Finance" would start a numbered list if it began a line; escaping its mark keeps it text.
    // Only digits from the start of the value, then "." or ")", then a space or the end, can do that.
    private static bool IsOrderedListMark(ReadOnlySpan<char> text, int i)
    {
        if (text[i] is not ('.' or ')') || i == 0 || (i + 1 < text.Length && text[i + 1] != ' '))
        {
            return false;
        }

        foreach (var c in text[..i])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
