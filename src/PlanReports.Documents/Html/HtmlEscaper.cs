using System.Text;

namespace PlanReports.Documents.Html;

/// <summary>Escapes data for HTML text, attribute values and CSS strings. Everything from data goes through here.</summary>
internal static class HtmlEscaper
{
    /// <summary>Appends <paramref name="text"/> escaped for element content or a quoted attribute value.</summary>
    public static void Append(StringBuilder output, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\'': output.Append("&#39;"); break;
                default: output.Append(IsForbiddenControl(c) ? '\uFFFD' : c); break;
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> as a double-quoted CSS string. Angle brackets are escaped as well, so data can never
    /// close the &lt;style&gt; element the string is written into.
    /// </summary>
    public static string CssString(string text)
    {
        var output = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '<': output.Append("\\3C "); break;
                case '>': output.Append("\\3E "); break;
                case '\n': output.Append("\\A "); break;
                default: output.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }

        return output.Append('"').ToString();
    }

    // HTML forbids C0 controls other than tab, line feed, form feed and carriage return, and C1 controls.
    private static bool IsForbiddenControl(char c) =>
        char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f');
}
