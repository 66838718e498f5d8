using System.Globalization;
using PlanReports.Pdf.Layout;

namespace PlanReports.Pdf.Writer;

/// <summary>Bookmarks from headings, nested by level (a level-3 heading under the level-2 before it).</summary>
internal static class OutlineWriter
{
    /// <summary>Writes the outline tree; returns the Outlines object id, or null when the document has no headings.</summary>
    internal static int? Write(PdfObjectStore store, IReadOnlyList<OutlineEntry> entries, IReadOnlyList<int> pageIds, double pageHeight)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var rootId = store.Reserve();
        var root = new Item(null, 0, rootId);
        var stack = new Stack<Item>();
        stack.Push(root);
        foreach (var entry in entries)
        {
            while (stack.Peek().Entry is { } top && top.Level >= entry.Level)
            {
                stack.Pop();
            }

            var item = new Item(entry, entry.Level, store.Reserve());
            stack.Peek().Children.Add(item);
            stack.Push(item);
        }

        WriteChildren(store, root, pageIds, pageHeight);
        store.Set(rootId, $"<</Type /Outlines /First {PdfSyntax.Reference(root.Children[0].Id)} /Last {PdfSyntax.Reference(root.Children[^1].Id)} /Count {Count(root).ToString(CultureInfo.InvariantCulture)}>>");
        return rootId;
    }

    private static int Count(Item item) => item.Children.Count + item.Children.Sum(Count);

    private static void WriteChildren(PdfObjectStore store, Item parent, IReadOnlyList<int> pageIds, double pageHeight)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var item = parent.Children[i];
            var entry = item.Entry!;
            var dict = $"<</Title {PdfSyntax.Text(entry.Title)} /Parent {PdfSyntax.Reference(parent.Id)}" +
                $" /Dest [{PdfSyntax.Reference(pageIds[entry.Target.Page])} /XYZ null {PdfSyntax.Number(pageHeight - entry.Target.Y)} null]";
            if (i > 0)
            {
                dict += $" /Prev {PdfSyntax.Reference(parent.Children[i - 1].Id)}";
            }

            if (i + 1 < parent.Children.Count)
            {
                dict += $" /Next {PdfSyntax.Reference(parent.Children[i + 1].Id)}";
            }

            if (item.Children.Count > 0)
            {
                dict += $" /First {PdfSyntax.Reference(item.Children[0].Id)} /Last {PdfSyntax.Reference(item.Children[^1].Id)} /Count {Count(item).ToString(CultureInfo.InvariantCulture)}";
                WriteChildren(store, item, pageIds, pageHeight);
            }

            store.Set(item.Id, dict + ">>");
        }
    }

    private sealed record Item(OutlineEntry? Entry, int Level, int Id)
    {
        internal List<Item> Children { get; } = [];
    }
}
