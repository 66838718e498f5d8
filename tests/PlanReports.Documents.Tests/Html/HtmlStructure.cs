using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PlanReports.Documents.Model;

namespace PlanReports.Documents.Tests.Html;

/// <summary>Parses rendered HTML and reads what the structural checks need: colours from inline styles, heading levels.</summary>
internal static class HtmlStructure
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The background and text colours written in an element's style attribute.</summary>
    public static (Colour Background, Colour Foreground) ColoursOf(IElement element)
    {
        var declarations = (element.GetAttribute("style") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        return (Colour.FromHex(declarations["background-color"]), Colour.FromHex(declarations["color"]));
    }

    public static IReadOnlyList<int> HeadingLevels(IDocument document) =>
        document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
}
