using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanReports.Docx.Rendering;

/// <summary>Small helpers for table rows shared by the table, key-value and figure renderers.</summary>
internal static class Tables
{
    /// <summary>The row's properties, created as the row's first child when missing.</summary>
    public static TableRowProperties RowProperties(TableRowElement row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.GetFirstChild<TableRowProperties>() is { } existing)
        {
            return existing;
        }

        var created = new TableRowProperties();
        var first = row.GetFirstChild<TablePropertyExceptions>();
        if (first is not null)
        {
            first.InsertAfterSelf(created);
        }
        else
        {
            row.PrependChild(created);
        }

        return created;
    }

    /// <summary>Marks the row so Word never splits it across pages.</summary>
    public static TableRowProperties CantSplit(this TableRowProperties properties)
    {
        if (properties.GetFirstChild<CantSplit>() is null)
        {
            properties.Append(new CantSplit());
        }

        return properties;
    }

    /// <summary>Marks the row as a header row that Word repeats at the top of every page.</summary>
    public static TableRowProperties RepeatAsHeader(this TableRowProperties properties)
    {
        if (properties.GetFirstChild<TableHeader>() is null)
        {
            properties.Append(new TableHeader());
        }

        return properties;
    }
}
