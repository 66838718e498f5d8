using System.Text.RegularExpressions;

namespace PlanReports.Reports;

/// <summary>Finds the line of the first use of a name inside a Liquid tag (<c>{{ … }}</c> or <c>{% … %}</c>).</summary>
internal static partial class TemplateLines
{
    public static int? Find(string source, Regex use)
    {
        foreach (Match tag in LiquidTag().Matches(source))
        {
            if (use.Match(tag.Value) is { Success: true } hit)
            {
                return LineAt(source, tag.Index + hit.Index);
            }
        }

        return null;
    }

    /// <summary>The 1-based line of a character offset.</summary>
    public static int LineAt(string source, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();
}
