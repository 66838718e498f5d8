using System.Text;

namespace PlanReports.Docx.Conversion;

/// <summary>
/// Turns a model anchor id into a Word bookmark name. Word wants at most 40 characters, a letter first and only
/// letters, digits and underscores; the same mapping serves the bookmark and every "#id" link to it.
/// </summary>
internal static class BookmarkNames
{
    private const int MaxLength = 40;

    public static string FromId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var sb = new StringBuilder("_");
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        // A leading underscore marks the bookmark hidden in Word's bookmark list, which suits generated anchors;
        // Word still resolves links to it.
        return sb.Length <= MaxLength ? sb.ToString() : sb.ToString(0, MaxLength);
    }
}
