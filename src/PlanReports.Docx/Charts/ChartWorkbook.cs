using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;
using PlanReports.Documents.Packaging;

namespace PlanReports.Docx.Charts;

/// <summary>
/// The workbook embedded in a chart part, holding the numbers the chart draws, so "Edit Data" in Word opens them.
/// It is the smallest package SpreadsheetML allows (content types, one workbook, one sheet of inline strings and
/// numbers), written directly: a bundle holds hundreds of charts, and the SDK's package writer cost more than the
/// chart. Zipped by <see cref="ReproducibleZip"/> like the DOCX around it, so the bytes never change between runs;
/// its entries are stored, not deflated, because the DOCX deflates the whole workbook again as one entry (five
/// compressors for a few hundred bytes each cost more than the chart).
/// </summary>
internal static class ChartWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdWorkbook" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """;

    private const string WorkbookXml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rIdSheet1"/></sheets></workbook>
        """;

    private const string WorkbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdSheet1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """;

    public static byte[] Build(Chart chart)
    {
        using var buffer = new MemoryStream();
        ReproducibleZip.Write(
        [
            Text("[Content_Types].xml", ContentTypes),
            Text("_rels/.rels", PackageRelationships),
            Text("xl/_rels/workbook.xml.rels", WorkbookRelationships),
            Text("xl/workbook.xml", WorkbookXml),
            new ReproducibleZipEntry("xl/worksheets/sheet1.xml", to => to.Write(Sheet(chart))),
        ],
            buffer,
            CompressionLevel.NoCompression);
        return buffer.ToArray();
    }

    private static ReproducibleZipEntry Text(string name, string xml) => new(name, to => to.Write(Encoding.UTF8.GetBytes(xml)));

    private static byte[] Sheet(Chart chart)
    {
        using var stream = new MemoryStream();
        using (var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            x.WriteStartDocument(true);
            x.WriteStartElement("worksheet", Main);
            x.WriteAttributeString("xmlns", "r", null, Relationships);
            x.WriteStartElement("sheetData", Main);
            Row(x, 1, [chart.CategoryTitle, .. chart.Series.Select(s => s.Name), .. chart.ReferenceLines.Select(r => r.Label)], []);
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                Row(x, i + 2, [chart.Categories[i]], [.. chart.Series.Select(s => s.Values[i]), .. chart.ReferenceLines.Select(r => (double?)r.Value)]);
            }

            x.WriteEndElement();
            x.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>A row of text cells from column A, then number cells; a missing number leaves its cell out.</summary>
    private static void Row(XmlWriter x, int row, IReadOnlyList<string> texts, IReadOnlyList<double?> numbers)
    {
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        x.WriteStartElement("row", Main);
        x.WriteAttributeString("r", rowText);
        for (var c = 0; c < texts.Count; c++)
        {
            x.WriteStartElement("c", Main);
            x.WriteAttributeString("r", ChartSheet.Column(c) + rowText);
            x.WriteAttributeString("t", "inlineStr");
            x.WriteStartElement("is", Main);
            x.WriteElementString("t", Main, XmlSafeText.CleanLine(texts[c]));
            x.WriteEndElement();
            x.WriteEndElement();
        }

        for (var n = 0; n < numbers.Count; n++)
        {
            if (numbers[n] is { } value)
            {
                x.WriteStartElement("c", Main);
                x.WriteAttributeString("r", ChartSheet.Column(texts.Count + n) + rowText);
                x.WriteElementString("v", Main, value.ToString("R", CultureInfo.InvariantCulture));
                x.WriteEndElement();
            }
        }

        x.WriteEndElement();
    }
}
