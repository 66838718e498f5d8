using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Components;

/// <summary>
/// <c>::: signature of=signatory closing="Yours sincerely"</c> — the closing, space to sign, and the signatory's
/// name, role and organisation from a <see cref="Correspondent"/>. The closing defaults to "Yours sincerely".
/// </summary>
public sealed class SignatureComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "signature";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        var person = ModelValue.Get<Correspondent>(context, "of");
        var closing = ModelValue.Optional(context, "closing", "Yours sincerely");
        return [new SignatureBlock(closing, person.Name, person.JobTitle, person.Organisation)];
    }
}
