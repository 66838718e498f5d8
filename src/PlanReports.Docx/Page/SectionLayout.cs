using DocumentFormat.OpenXml.Wordprocessing;
using PlanReports.Docx.Conversion;
using PlanReports.Documents.Model;

namespace PlanReports.Docx.Page;

/// <summary>
/// The section properties at the end of the body: paper size and orientation, margins (the header and footer sit
/// half-way into the top and bottom margins), and references to the header and footer parts. A letterhead makes
/// page one a title page (titlePg) with its own header; page one then also needs its own footer reference, or
/// Word would leave it without a footer.
/// </summary>
internal static class SectionLayout
{
    public static SectionProperties Build(PageSetup page, RunningParts parts)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(parts);
        var section = new SectionProperties();
        if (parts.DefaultHeaderId is { } header)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = header });
        }

        if (parts.DefaultFooterId is { } footer)
        {
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footer });
        }

        if (parts.FirstHeaderId is { } firstHeader)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeader });
        }

        if (parts.FirstFooterId is { } firstFooter)
        {
            section.Append(new FooterReference { Type = HeaderFooterValues.First, Id = firstFooter });
        }

        var landscape = page.Width > page.Height;
        section.Append(new PageSize
        {
            Width = (uint)Units.Twips(page.Width),
            Height = (uint)Units.Twips(page.Height),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        });
        var margins = page.Margins;
        section.Append(new PageMargin
        {
            Top = Units.Twips(margins.Top),
            Right = (uint)Units.Twips(margins.Right),
            Bottom = Units.Twips(margins.Bottom),
            Left = (uint)Units.Twips(margins.Left),
            Header = (uint)Units.Twips(margins.Top / 2),
            Footer = (uint)Units.Twips(margins.Bottom / 2),
            Gutter = 0,
        });
        section.Append(new Columns { Space = "720" });
        if (parts.FirstHeaderId is not null)
        {
            section.Append(new TitlePage());
        }

        section.Append(new DocGrid { LinePitch = 360 });
        return section;
    }

    /// <summary>The width between the side margins, in twips: what body content may fill.</summary>
    public static int TextWidth(PageSetup page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Units.Twips(page.Width) - Units.Twips(page.Margins.Left) - Units.Twips(page.Margins.Right);
    }
}
