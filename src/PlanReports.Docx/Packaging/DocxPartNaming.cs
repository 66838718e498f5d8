namespace PlanReports.Docx.Packaging;

/// <summary>
/// Names the parts of one package as the Open XML SDK did: a part of a kind that can occur once is the kind's name
/// (word/styles.xml); further parts of a kind count up (word/footer1.xml, word/footer2.xml; package.bin,
/// package2.bin). Counters start afresh for every package, so names never depend on earlier documents.
/// </summary>
internal sealed class DocxPartNaming
{
    private readonly Dictionary<DocxPartType, int> counts = [];

    /// <summary>The next part name of <paramref name="type"/>, without a leading slash ("word/charts/chart3.xml").</summary>
    public string Next(DocxPartType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var count = counts.GetValueOrDefault(type) + 1;
        counts[type] = count;
        var number = count == 1 && !type.NumberFirst ? string.Empty : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{type.Folder}/{type.Name}{number}.{type.Extension}";
    }
}
