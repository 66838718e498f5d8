using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PlanReports.Pdf.Tests.Charts;

/// <summary>Reads a PDF's structure tree with PdfPig, which shares no code with our writer: every element of a type, in reading order.</summary>
internal static class StructureTree
{
    public static List<DictionaryToken> Elements(PdfDocument document, string type)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var root = (DictionaryToken)Resolve(document, catalog.Data["StructTreeRoot"]);
        var found = new List<DictionaryToken>();
        Walk(document, root, type, found, 0);
        return found;
    }

    public static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    /// <summary>A text string of a dictionary (literal or hex), or null when absent.</summary>
    public static string? Text(PdfDocument document, DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token)
            ? Resolve(document, token) switch
            {
                StringToken s => s.Data,
                HexToken h => h.Data,
                _ => null,
            }
            : null;

    private static void Walk(PdfDocument document, DictionaryToken element, string type, List<DictionaryToken> found, int depth)
    {
        if (depth > 100)
        {
            throw new InvalidOperationException("The structure tree is deeper than 100 levels.");
        }

        if (element.Data.TryGetValue("S", out var s) && s is NameToken name && name.Data == type)
        {
            found.Add(element);
        }

        if (!element.Data.TryGetValue("K", out var kids))
        {
            return;
        }

        var resolved = Resolve(document, kids);
        var list = resolved is ArrayToken array ? array.Data.Select(t => Resolve(document, t)) : [resolved];
        foreach (var kid in list.OfType<DictionaryToken>())
        {
            // Marked-content and object references are leaves; only structure elements have a /S.
            if (kid.Data.ContainsKey("S"))
            {
                Walk(document, kid, type, found, depth + 1);
            }
        }
    }
}
