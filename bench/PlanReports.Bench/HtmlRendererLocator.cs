using System.Reflection;
using PlanReports.Documents.Rendering;

namespace PlanReports.Bench;

/// <summary>
/// Finds the HTML renderer in PlanReports.Documents by its contract (an <see cref="IDocumentRenderer"/> whose format
/// is "html"), so the benchmark compiles and runs whether or not that renderer has landed on this branch yet.
/// </summary>
internal static class HtmlRendererLocator
{
    internal static IDocumentRenderer? Find()
    {
        var assembly = typeof(IDocumentRenderer).Assembly;
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IDocumentRenderer).IsAssignableFrom(t)))
        {
            var constructor = type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (constructor?.Invoke(null) is IDocumentRenderer renderer && renderer.Format == "html")
            {
                return renderer;
            }
        }

        return null;
    }
}
