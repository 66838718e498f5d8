using System.Collections;
using System.Reflection;
using PlanReports.Documents.Markdown;

namespace PlanReports.Components;

/// <summary>
/// Reads the view-model value a component argument names, in the same snake_case the templates use
/// (<c>rows=trajectories</c> reads <c>Trajectories</c>; <c>of=letter.addressee</c> follows the dots).
/// </summary>
internal static class ModelValue
{
    /// <summary>The argument <paramref name="key"/>, which must be given.</summary>
    public static string Argument(ComponentContext context, string key) =>
        context.Arguments.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"needs the argument {key}=…, naming a value of the view model");

    /// <summary>The argument <paramref name="key"/>, or <paramref name="fallback"/> when it is not given.</summary>
    public static string Optional(ComponentContext context, string key, string fallback) =>
        context.Arguments.TryGetValue(key, out var value) ? value : fallback;

    /// <summary>The value the argument <paramref name="key"/> names, which must be a <typeparamref name="T"/>.</summary>
    public static T Get<T>(ComponentContext context, string key)
    {
        var path = Argument(context, key);
        return Resolve(context.Model, path) is T typed
            ? typed
            : throw new InvalidOperationException($"'{path}' is not a {Describe(typeof(T))}");
    }

    /// <summary>The list the argument <paramref name="key"/> names, whose items must be <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<T> List<T>(ComponentContext context, string key)
    {
        var path = Argument(context, key);
        return Resolve(context.Model, path) is IEnumerable items and not string
            ? items.Cast<object>().Select(i => i is T t ? t : throw new InvalidOperationException($"'{path}' holds {i.GetType().Name}, not {typeof(T).Name}")).ToList()
            : throw new InvalidOperationException($"'{path}' is not a list of {typeof(T).Name}");
    }

    private static object Resolve(object? model, string path)
    {
        var current = model ?? throw new InvalidOperationException("has no view model to read from");
        foreach (var segment in path.Split('.'))
        {
            var property = current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => string.Equals(p.Name, segment.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"'{segment}' is not in the view model; it has {string.Join(", ", SnakeNames(current.GetType()))}");
            current = property.GetValue(current) ?? throw new InvalidOperationException($"'{path}' has no value");
        }

        return current;
    }

    private static IEnumerable<string> SnakeNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => string.Concat(p.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())))
            .Order(StringComparer.Ordinal);

    private static string Describe(Type type) => type.Name;
}
