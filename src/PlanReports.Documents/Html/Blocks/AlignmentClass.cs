using PlanReports.Documents.Model;

namespace PlanReports.Documents.Html.Blocks;

/// <summary>The CSS class of an alignment; left is the default and has none.</summary>
internal static class AlignmentClass
{
    public static string Of(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Centre => "align-centre",
        TextAlignment.Right => "align-right",
        _ => string.Empty,
    };
}
