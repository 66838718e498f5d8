using PlanReports.Documents.Markdown;
using PlanReports.Documents.Model;

namespace PlanReports.Components;

/// <summary>
/// <c>::: address of=addressee</c> — an addressee block: name, job title, organisation and postal address, one
/// line each, from a <see cref="Correspondent"/> in the view model.
/// </summary>
public sealed class AddressComponent : IComponent
{
    /// <inheritdoc />
    public string Name => "address";

    /// <inheritdoc />
    public IReadOnlyList<Block> Build(ComponentContext context)
    {
        var person = ModelValue.Get<Correspondent>(context, "of");
        IEnumerable<string> lines = [person.Name, person.JobTitle, person.Organisation, .. person.AddressLines];
        return [new AddressBlock(lines.Where(l => l.Length > 0).ToList())];
    }
}
