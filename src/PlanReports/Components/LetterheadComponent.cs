using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Components;

/// <summary>
/// <c>::: letterhead of=sender</c> — the issuing organisation's name, large and right-aligned, over its postal
/// address, as on a departmental letter. Placed in <c>_shared/letterhead.md</c>, which the runner puts on page one.
/// </summary>
public sealed class LetterheadComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "letterhead";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        var sender = ModelValue.Get<Correspondent>(context, "of");
        var blocks = new List<Block>
        {
            new Paragraph([new TextRun(sender.Organisation, Bold: true)], TextAlignment.Right, ParagraphStyle.Subtitle),
        };
        if (sender.AddressLines.Count > 0)
        {
            blocks.Add(new AddressBlock(sender.AddressLines, TextAlignment.Right));
        }

        return blocks;
    }
}
