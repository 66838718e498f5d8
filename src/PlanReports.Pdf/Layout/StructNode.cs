namespace PlanReports.Pdf.Layout;

/// <summary>
/// An element of the PDF structure tree (Document, H1, P, Table, TH…). A node joins its parent when its first
/// content is drawn, so the tree's order is the reading order and nodes with nothing drawn never appear.
/// </summary>
internal sealed class StructNode
{
    private readonly List<StructKid> kids = [];
    private bool attached;

    internal StructNode(string type, StructNode? parent)
    {
        Type = type;
        Parent = parent;
        attached = parent is null;
    }

    internal string Type { get; }

    internal StructNode? Parent { get; }

    internal IReadOnlyList<StructKid> Kids => kids;

    /// <summary>Alternative text (Figure).</summary>
    internal string? Alt { get; init; }

    /// <summary>"Column" or "Row" for TH.</summary>
    internal string? Scope { get; init; }

    /// <summary>Columns spanned by a table cell, when more than one.</summary>
    internal int ColumnSpan { get; init; } = 1;

    /// <summary>The area the element covers on its first page (Figure needs a BBox).</summary>
    internal (int Page, PageBox Box)? BoundingBox { get; set; }

    /// <summary>Joins the parent (and its ancestors) if not joined yet, keeping reading order.</summary>
    internal void EnsureAttached()
    {
        if (attached)
        {
            return;
        }

        Parent!.EnsureAttached();
        Parent.kids.Add(new StructNodeKid(this));
        attached = true;
    }

    internal void AddKid(StructKid kid)
    {
        EnsureAttached();
        kids.Add(kid);
    }
}
